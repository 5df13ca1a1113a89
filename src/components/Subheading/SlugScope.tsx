'use client';

import type * as React from 'react';
import { useState } from 'react';
import { clientProvider, SlugRegistryContext } from '../context/contexts';
import { createSlugRegistry } from './slugRegistry';

export interface SlugScopeProps {
  /** Ids already used on the page that subheadings inside must not take. @default [] */
  reserved?: readonly string[];
  /** The part of the page whose subheadings share the scope. @default undefined */
  children?: React.ReactNode;
}

/**
 * The scope inside which subheading ids are unique: two subheadings with the
 * same text get `texte` and `texte-2`. `ArticleLayout` provides one per
 * article; wrap a page of your own in it when you compose subheadings
 * without `ArticleLayout`.
 *
 * @example
 * <SlugScope>
 *   <Subheading>Les réactions</Subheading>
 *   <Subheading>Les réactions</Subheading>
 * </SlugScope>
 */
function SlugScope({ reserved, children }: SlugScopeProps) {
  // Created once per mounted scope: later changes to `reserved` apply to a remounted scope only,
  // which keeps the ids already rendered stable.
  const [registry] = useState(() => createSlugRegistry(reserved));
  const Provider = clientProvider(SlugRegistryContext);
  return <Provider value={registry}>{children}</Provider>;
}

export { SlugScope };
