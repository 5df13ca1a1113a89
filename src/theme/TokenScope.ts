import { styled } from 'styled-components';
import { scopeDeclarations } from './tokens';

/**
 * The base of every component's styled root: it declares the private token
 * properties that `tokens` refers to. styled-components writes a base
 * component's CSS once per style sheet however many components extend it, so
 * a page carries these declarations once, while each component still
 * resolves the theme on its own root (and renders right without a provider).
 * Never rendered by itself: each root extends it with `as` set to its element.
 *
 * The root's `color-scheme` (the `colorScheme` token, `light dark` by
 * default) picks the light or dark colours: the reader's preference, unless a
 * host holds one scheme.
 */
export const TokenScope = styled.div`
  ${scopeDeclarations()}
  color-scheme: var(--_m-color-scheme);
`;
