import { foldKey } from './normalise';

// French function words (articles, pronouns, prepositions, conjunctions,
// auxiliaries), folded like foldKey folds them: running prose is made of
// them for 35 to 55 % of its words, while menus, labels, teaser titles and
// names hold few. This is the stop-word density of jusText, for French; the
// commonest English ones are added so that a quoted English passage (a
// tweet, a title) reads as prose too.
const FUNCTION_WORDS = new Set(
  `a à ai aie aient ait al alors as au aucun aucune aussi autre autres aux avaient avais avait avant avec avoir avons ayant c ca ce ceci cela celle celles celui ces cet cette ceux chaque chez comme comment d dans de des deux devait doit donc dont du elle elles en encore entre est et etaient etait ete etre eu eux fait faire fut ici il ils j je jusqu l la le les leur leurs lui m ma mais me meme mes moi moins mon n ne ni nos notre nous on ont ou par parce pas peu peut plus pour pourquoi qu quand que quel quelle quelles quels qui s sa sans se selon ses si sinon son sont sous sur t ta te tes toi ton tous tout toute toutes tres tu un une unes uns vers voici voila vos votre vous y apres avant depuis pendant contre lors dont ainsi tandis puis deja car or soit ete sera seront serait seraient aurait auraient avait aura auront cet the of and to in is that for it with as was on be by this are have from at not but they his her which you he she we had has were been will would their an or its our my your if so do does did can could should there what who when`.split(
    ' ',
  ),
);

const WORD = /[\p{L}\p{N}]+/gu;

/** How many words a text has, and how many of them are French function words. */
export function functionWordShare(text: string): { words: number; share: number } {
  const words = foldKey(text).match(WORD) ?? [];
  if (words.length === 0) return { words: 0, share: 0 };
  let count = 0;
  for (const word of words) if (FUNCTION_WORDS.has(word)) count += 1;
  return { words: words.length, share: count / words.length };
}
