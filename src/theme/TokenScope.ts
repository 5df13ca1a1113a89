import { styled } from 'styled-components';
import { scopeDeclarations } from './tokens';

/**
 * The base of every component's styled root: it declares the private token
 * properties that `tokens` refers to. styled-components writes a base
 * component's CSS once per style sheet however many components extend it, so
 * a page carries these declarations once, while each component still
 * resolves the theme on its own root (and renders right without a provider).
 * Never rendered by itself: each root extends it with `as` set to its element.
 */
export const TokenScope = styled.div`
  ${scopeDeclarations()}
`;
