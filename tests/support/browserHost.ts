import type * as React from 'react';
import { act } from 'react';
import { afterEach, beforeEach } from 'vitest';

// Tells React that act() is available here, as Testing Library does in jsdom.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Where a browser test renders: a fresh element in the page for each test, emptied after it. */
export interface BrowserHost {
  /** The current test's element. */
  readonly host: HTMLDivElement;
  /** Renders `ui` into the element with React's client renderer, inside act(). */
  show(ui: React.ReactElement): Promise<void>;
  /** Unmounts what `show` rendered last (done after each test too). */
  unmount(): void;
}

/** Gives each test of the calling file a fresh element in the page, unmounted and removed after the test. */
export function browserHost(): BrowserHost {
  let element: HTMLDivElement | undefined;
  let unmountLast = () => {};
  const unmount = () => {
    unmountLast();
    unmountLast = () => {};
  };
  beforeEach(() => {
    element = document.createElement('div');
    document.body.append(element);
  });
  afterEach(() => {
    unmount();
    element?.remove();
  });
  const current = () => {
    if (!element) throw new Error('the host element exists only while a test runs');
    return element;
  };
  return {
    get host() {
      return current();
    },
    async show(ui) {
      const { createRoot } = await import('react-dom/client');
      const root = createRoot(current());
      await act(async () => root.render(ui));
      unmountLast = () => act(() => root.unmount());
    },
    unmount,
  };
}
