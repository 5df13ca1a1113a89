import * as React from 'react';
import type { SlugRegistry } from '../Subheading/slugRegistry';

/**
 * The contexts that composed bodies in client components read: the heading
 * level, the language of the text around, the scope of unique subheading ids.
 * One module holds them all, so that providers (`Section`, `SlugScope`,
 * `ContextScope`, each marked 'use client') and consumers see the same
 * objects in a client bundle.
 *
 * The `react-server` build of React, which renders Server Components, has no
 * `createContext` and no `useContext`: there, no context exists, every hook
 * below gives `undefined` and the components take what they need from their
 * props. The choice is made once, when the module loads, so a component calls
 * the same hooks in the same order on every render.
 */
export const serverComponentsReact = typeof React.createContext !== 'function';

type OptionalContext<T> = React.Context<T | undefined> | undefined;

function optionalContext<T>(displayName: string): OptionalContext<T> {
  if (serverComponentsReact) return undefined;
  const context = React.createContext<T | undefined>(undefined);
  context.displayName = displayName;
  return context;
}

/** The unclamped heading level for the headings inside, `undefined` outside any `Section`. */
export const HeadingLevelContext = /* @__PURE__ */ optionalContext<number>('HeadingLevelContext');

/** The BCP 47 language of the text being rendered; `undefined` (French) outside any article. */
export const TextLanguageContext = /* @__PURE__ */ optionalContext<string>('TextLanguageContext');

/** The registry in which subheadings draw unique ids, `undefined` outside any `SlugScope`. */
export const SlugRegistryContext = /* @__PURE__ */ optionalContext<SlugRegistry>('SlugRegistryContext');

/**
 * The provider of a context, for the 'use client' modules that provide them:
 * those never run on the react-server build, where the contexts do not exist.
 */
export function clientProvider<T>(context: OptionalContext<T>): React.Provider<T | undefined> {
  if (context === undefined) {
    throw new Error(
      'A manchette context provider rendered where React has no context: its module must stay a client module.',
    );
  }
  return context.Provider;
}

function contextReader<T>(context: OptionalContext<T>): () => T | undefined {
  if (context === undefined) return () => undefined;
  return () => React.useContext(context);
}

/** The raw heading level in context; `undefined` outside any `Section` and in a Server Component. */
export const useRawHeadingLevel = /* @__PURE__ */ contextReader(HeadingLevelContext);

/** The language of the text around; `undefined` (French) outside any article and in a Server Component. */
export const useTextLanguage = /* @__PURE__ */ contextReader(TextLanguageContext);

/** The slug registry in context; `undefined` outside any `SlugScope` and in a Server Component. */
export const useSlugRegistry = /* @__PURE__ */ contextReader(SlugRegistryContext);
