import type * as React from 'react';
import { createContext, useContext, useEffect, useState } from 'react';
import { warnOnce } from '../../dev';
import { createSlugger, isBlank, slugify } from '../../text';

interface Claim {
  /** What the slug was made from, to notice a changed text or id. */
  source: string;
  slug: string;
  explicit: boolean;
}

/**
 * Hands out ids that are unique within one article. Each subheading claims an
 * id under a key that stays the same for that component across renders (see
 * `ownerKey`), so a component rendered twice (Strict Mode, a restarted
 * concurrent render, an update) keeps its id instead of drawing a new one,
 * and the server and the hydrating client, rendering in the same tree order,
 * draw the same ids.
 */
export interface SlugRegistry {
  /** The id for `key`: `explicitId` as given, or a unique slug of `text`. */
  claim(key: string, text: string, explicitId?: string): string;
  /** Frees the id held by `key` (the subheading unmounted). */
  release(key: string): void;
}

/** A registry in which `reserved` ids are already taken (by data-driven subheadings, for instance). */
export function createSlugRegistry(reserved: readonly string[] = []): SlugRegistry {
  const slugger = createSlugger();
  const claims = new Map<string, Claim>();

  const reserveAll = () => {
    for (const id of reserved) slugger.reserve(id);
  };
  reserveAll();

  const release = (key: string) => {
    if (!claims.delete(key)) return;
    // The slugger cannot forget one id: rebuild it from the ids still held.
    slugger.reset();
    reserveAll();
    for (const claim of claims.values()) slugger.reserve(claim.slug);
  };

  const claim = (key: string, text: string, explicitId?: string): string => {
    const source = explicitId !== undefined ? `id:${explicitId}` : `text:${text}`;
    const held = claims.get(key);
    if (held?.source === source) return held.slug;
    if (held) release(key);
    if (explicitId !== undefined) {
      if (process.env.NODE_ENV !== 'production') {
        for (const other of claims.values()) {
          if (other.slug === explicitId) {
            warnOnce(`two subheadings have the id "${explicitId}"; ids must be unique within an article.`);
          }
        }
      }
      slugger.reserve(explicitId);
      claims.set(key, { source, slug: explicitId, explicit: true });
      return explicitId;
    }
    const slug = slugger.slug(text);
    claims.set(key, { source, slug, explicit: false });
    return slug;
  };

  return { claim, release };
}

// Why the key of a subheading is not its `useId`: React 18 renders a
// component twice on mount under Strict Mode and, on the client, throws the
// first render's hooks away, `useId` included; that render's claim would then
// hold its slug for good ("contexte-2" where "contexte" was due). What both
// renders of one mount share is the props object: React calls the component
// twice with the very same one, while every element written in JSX has its own.
// So the first render of an instance takes the key of its props object, and
// its state keeps that key across later renders (whose props are new objects).
// React 19 keeps the first render's state anyway; the server renders once.
// Claims are then idempotent per instance: the same key, text and explicit id
// give the same id, whatever the number of renders. The keys are never
// printed, so a module-wide counter is safe for hydration.
const ownerKeys = new WeakMap<object, string>();
let ownerCount = 0;

function ownerKey(owner: object): string {
  let key = ownerKeys.get(owner);
  if (key === undefined) {
    ownerCount += 1;
    key = `s${ownerCount}`;
    ownerKeys.set(owner, key);
  }
  return key;
}

const SlugRegistryContext = createContext<SlugRegistry | undefined>(undefined);
SlugRegistryContext.displayName = 'SlugRegistryContext';

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
  return <SlugRegistryContext.Provider value={registry}>{children}</SlugRegistryContext.Provider>;
}

/**
 * The id of a subheading: unique in the surrounding `SlugScope`; outside any
 * scope, the explicit id or the plain slug of the text. An empty text with no
 * explicit id claims nothing and gets `''` (the subheading renders nothing).
 * `owner` is the props object of the calling component (see `ownerKey`); the
 * explicit id must already be usable (`explicitId` of src/text).
 */
function useSubheadingId(text: string, explicitId: string | undefined, owner: object): string {
  const registry = useContext(SlugRegistryContext);
  const [key] = useState(() => ownerKey(owner));
  const active = explicitId !== undefined || !isBlank(text);
  let id = '';
  if (active) {
    id = registry ? registry.claim(key, text, explicitId) : (explicitId ?? slugify(text));
  }
  useEffect(() => {
    if (!registry || !active) return;
    // Re-claims after a Strict Mode effect replay freed the id; a no-op otherwise.
    registry.claim(key, text, explicitId);
    return () => registry.release(key);
  }, [registry, key, text, explicitId, active]);
  return id;
}

export { SlugScope, useSubheadingId };
