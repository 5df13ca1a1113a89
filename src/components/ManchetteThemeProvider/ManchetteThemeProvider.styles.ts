import { styled } from 'styled-components';

// `display: contents` keeps the wrapper out of layout while its custom
// properties still inherit to every descendant.
export const Root = styled.div`
  display: contents;
`;
