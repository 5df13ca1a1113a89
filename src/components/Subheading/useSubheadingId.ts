import * as React from 'react';
import { isBlank, slugify } from '../../text';
import { serverComponentsReact, useSlugRegistry } from '../context/contexts';

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

/**
 * The id of a subheading: unique in the surrounding `SlugScope`; outside any
 * scope, the explicit id or the plain slug of the text. An empty text with no
 * explicit id claims nothing and gets `''` (the subheading renders nothing).
 * `owner` is the props object of the calling component (see `ownerKey`); the
 * explicit id must already be usable (`explicitId` of src/text).
 */
function useSubheadingIdInScope(text: string, explicitId: string | undefined, owner: object): string {
  const registry = useSlugRegistry();
  const [key] = React.useState(() => ownerKey(owner));
  const active = explicitId !== undefined || !isBlank(text);
  let id = '';
  if (active) {
    id = registry ? registry.claim(key, text, explicitId) : (explicitId ?? slugify(text));
  }
  React.useEffect(() => {
    if (!registry || !active) return;
    // Re-claims after a Strict Mode effect replay freed the id; a no-op otherwise.
    registry.claim(key, text, explicitId);
    return () => registry.release(key);
  }, [registry, key, text, explicitId, active]);
  return id;
}

// A Server Component has no scope to share ids in (and no state): the explicit id, else the slug.
const idWithoutScope = (text: string, explicitId: string | undefined): string => {
  if (explicitId !== undefined) return explicitId;
  return isBlank(text) ? '' : slugify(text);
};

const useSubheadingId: (text: string, explicitId: string | undefined, owner: object) => string =
  serverComponentsReact ? idWithoutScope : useSubheadingIdInScope;

export { useSubheadingId };
