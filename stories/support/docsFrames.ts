/**
 * Docs-page parameters for stories that render a whole article or page. On an
 * autodocs page every story is rendered in full, one under the other, which
 * made a page of articles tens of thousands of pixels tall. Each story is shown
 * instead in a frame of its own (an iframe, so the page's media and container
 * queries see the frame's width) at a fixed height that scrolls.
 */
export function framedInDocs(height: string) {
  return { story: { inline: false, height } } as const;
}

/** The height of the frame of an ordinary story on a docs page. */
export const DOCS_FRAME = '30rem';
/** The height of the frame of the first story, the one a reader sees first. */
export const DOCS_FRAME_PRIMARY = '44rem';
