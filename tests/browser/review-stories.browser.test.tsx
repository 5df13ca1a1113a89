import { composeStories, setProjectAnnotations } from '@storybook/react-vite';
import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import preview from '../../.storybook/preview';
import * as byViewport from '../../stories/pages/SeedArticlesByViewport.stories';
import { browserHost } from '../support/browserHost';

/**
 * The « Sur mobile et sur ordinateur » stories opened alone, as
 * iframe.html?id=… opens them: whatever the window's width, each page is set
 * as on its review screen, and its own check passes.
 */

setProjectAnnotations(preview);
const stories = composeStories(byViewport);
const view = browserHost();

type ComposedStory = (typeof stories)[keyof typeof stories];

/** Renders the story as its frame would, then runs its play function (its own check). */
async function open(Story: ComposedStory, windowWidth: number) {
  await page.viewport(windowWidth, 900);
  await view.show(<Story />);
  await Story.play?.({ canvasElement: view.host });
}

/** The page's layout, from its column's left edge: where each part starts, how wide it is, its type size. */
function layout() {
  const column = view.host.querySelector('[data-review-width]') as HTMLElement;
  const origin = column.getBoundingClientRect().left;
  const article = column.querySelector('article') as HTMLElement;
  const parts = {
    article,
    headline: article.querySelector(':scope > header > [data-part="headline"]'),
    standfirst: article.querySelector(':scope > header > [data-part="standfirst"]'),
    byline: article.querySelector(':scope > header > [data-part="byline"]'),
    'lead image': article.querySelector(':scope > [data-part="figure"] img'),
    caption: article.querySelector(':scope > [data-part="figure"] figcaption'),
    body: article.querySelector(':scope > [data-part="body"]'),
    paragraph: article.querySelector(':scope > [data-part="body"] > p'),
    subheading: article.querySelector(':scope > [data-part="body"] > :is(h2, [data-permalink])'),
    quote: article.querySelector(':scope > [data-part="body"] > figure[data-variant]'),
    tags: article.querySelector(':scope > footer > [data-part="tags"]'),
    related: article.querySelector(':scope > [data-part="related"]'),
    'teaser image': article.querySelector('[data-part="related"] li[data-has-image] img'),
    'teaser title': article.querySelector('[data-part="related"] li[data-has-image] [data-part="headline"]'),
  };
  return Object.fromEntries(
    Object.entries(parts)
      .filter((entry): entry is [string, Element] => entry[1] !== null)
      .map(([name, element]) => {
        const box = element.getBoundingClientRect();
        return [
          name,
          {
            left: Math.round(box.left - origin),
            width: Math.round(box.width),
            fontSize: getComputedStyle(element).fontSize,
          },
        ];
      }),
  );
}

describe('the review stories opened alone', () => {
  it.each([
    ['OtanAideMilitaireOrdinateur', 1280, 800],
    ['StoltenbergLongTermeOrdinateur', 1280, 1024],
    ['OtanAideMilitaireMobile', 390, 320],
  ] as const)(
    'set %s as on a %i px screen in a %i px window, and pass their check',
    async (name, screen, windowWidth) => {
      const Story = stories[name];
      await open(Story, screen);
      const reference = layout();
      view.unmount();
      view.host.replaceChildren();

      await open(Story, windowWidth);
      const narrow = layout();
      // The parts the comparison rests on are there: an empty layout would compare equal.
      for (const part of [
        'headline',
        'body',
        'paragraph',
        'lead image',
        'caption',
        'related',
        'teaser title',
      ]) {
        expect(Object.keys(narrow), part).toContain(part);
      }
      expect(narrow).toEqual(reference);
      // The window, narrower than the page, scrolls sideways instead of squeezing it.
      if (windowWidth < screen) {
        const root = document.documentElement;
        expect(root.scrollWidth).toBeGreaterThanOrEqual(screen);
        expect(root.clientWidth).toBeLessThan(screen);
      }
    },
  );
});
