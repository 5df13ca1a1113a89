'use client';

import type * as React from 'react';
import { SlugScope } from '../Subheading/SlugScope';
import { clientProvider, HeadingLevelContext, TextLanguageContext } from './contexts';

export interface ContextScopeProps {
  /** The unclamped heading level of the headings inside. @default the level around */
  headingLevel?: number;
  /** The language of the text inside. @default the language around */
  language?: string;
  children?: React.ReactNode;
}

/**
 * What a composed body needs from the article around it, for the components
 * inside that read context (client components): the heading level below the
 * headline, the article's language and a scope of unique subheading ids.
 * A client component, so that `ArticleLayout` can stay a Server Component
 * and still hand this context to a composed body of client components.
 */
export function ContextScope({ headingLevel, language, children }: ContextScopeProps) {
  const HeadingLevel = clientProvider(HeadingLevelContext);
  const TextLanguage = clientProvider(TextLanguageContext);
  let scoped = <SlugScope>{children}</SlugScope>;
  if (headingLevel !== undefined) scoped = <HeadingLevel value={headingLevel}>{scoped}</HeadingLevel>;
  if (language !== undefined) scoped = <TextLanguage value={language}>{scoped}</TextLanguage>;
  return scoped;
}
