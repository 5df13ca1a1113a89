import { warnOnce } from '../../dev';
import { createSlugger } from '../../text';

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
