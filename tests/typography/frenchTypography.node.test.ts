import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  frenchTitleTypography,
  frenchTypography,
  NARROW_NBSP,
  NBSP,
  titleTypographyFor,
} from '../../src/typography';
import { typographyRules } from '../../src/typography/frenchTypography';

// Written out so that a reader sees which space each expectation asks for.
const N = NARROW_NBSP;
const S = NBSP;

describe('frenchTypography: guillemets', () => {
  it('puts narrow no-break spaces inside « » (seed 000)', () => {
    expect(
      frenchTypography('à l’intérieur de ses frontières « internationalement reconnues » de 1991.'),
    ).toBe(`à l’intérieur de ses frontières «${N}internationalement reconnues${N}» de 1991.`);
  });

  it('adds the spaces when the guillemets touch the words', () => {
    expect(frenchTypography('«Nous restons inébranlables»')).toBe(`«${N}Nous restons inébranlables${N}»`);
  });

  it('turns straight double quotes around a passage into guillemets (seed 001)', () => {
    const source =
      "\"Après la dernière offensive de la Russie, les alliés ont réaffirmé aujourd'hui leur intention d'intensifier leur aide militaire à l'Ukraine\", a déclaré le Secrétaire général";
    expect(frenchTypography(source)).toBe(
      `«${N}Après la dernière offensive de la Russie, les alliés ont réaffirmé aujourd’hui leur intention d’intensifier leur aide militaire à l’Ukraine${N}», a déclaré le Secrétaire général`,
    );
  });

  it('converts a quotation that closes the text, after a colon (seed 003)', () => {
    expect(
      frenchTypography(
        'poursuivant: "Les actions de la Russie ne nous empêcheront pas de soutenir l\'Ukraine"',
      ),
    ).toBe(
      `poursuivant${S}: «${N}Les actions de la Russie ne nous empêcheront pas de soutenir l’Ukraine${N}»`,
    );
  });

  it('converts several quotations in one paragraph, each on its own', () => {
    expect(frenchTypography('"Nous devons continuer", a-t-il dit. "Il s\'agit de tenir."')).toBe(
      `«${N}Nous devons continuer${N}», a-t-il dit. «${N}Il s’agit de tenir.${N}»`,
    );
  });

  it('leaves a lone straight quote (inches, a typo) as typed', () => {
    expect(frenchTypography('un écran de 27" et plus')).toBe('un écran de 27" et plus');
    expect(frenchTypography('il a dit "oui')).toBe('il a dit "oui');
  });
});

describe('frenchTypography: spaces before punctuation', () => {
  it('puts a no-break space before a colon (seed 001 headline)', () => {
    expect(frenchTypography("Engagement des alliés de l'OTAN: Assurance d'une aide militaire")).toBe(
      `Engagement des alliés de l’OTAN${S}: Assurance d’une aide militaire`,
    );
  });

  it('replaces an ordinary space before a colon (seed 004)', () => {
    expect(frenchTypography('à l’égard de la Russie : une dissuasion')).toBe(
      `à l’égard de la Russie${S}: une dissuasion`,
    );
    expect(frenchTypography('Source : OTAN')).toBe(`Source${S}: OTAN`);
    expect(frenchTypography('Source: AA')).toBe(`Source${S}: AA`);
  });

  it('puts a narrow no-break space before ; ! and ?', () => {
    expect(frenchTypography('Pourquoi maintenant? Parce que le sommet approche; il faut agir!')).toBe(
      `Pourquoi maintenant${N}? Parce que le sommet approche${N}; il faut agir${N}!`,
    );
  });

  it('keeps ?! together, with one space before the pair', () => {
    expect(frenchTypography('Vraiment?!')).toBe(`Vraiment${N}?!`);
  });

  it('leaves times, ratios and HTML entities alone', () => {
    expect(frenchTypography('à 10:30 précises')).toBe('à 10:30 précises');
    expect(frenchTypography('AT&amp;T')).toBe('AT&amp;T');
  });

  it('puts a no-break space before a percent sign', () => {
    expect(frenchTypography('une hausse de 12% et de 3 %')).toBe(`une hausse de 12${S}% et de 3${S}%`);
  });

  it('keeps a colon that ends a line and puts the space before it', () => {
    expect(frenchTypography('Lire aussi:\nLa suite')).toBe(`Lire aussi${S}:\nLa suite`);
  });
});

describe('frenchTypography: apostrophes and ellipsis', () => {
  it('turns straight apostrophes between letters into ’', () => {
    expect(frenchTypography("l'OTAN, aujourd'hui, s'est réuni jusqu'à")).toBe(
      'l’OTAN, aujourd’hui, s’est réuni jusqu’à',
    );
  });

  it('turns three dots into an ellipsis (seed 001 captions)', () => {
    expect(frenchTypography("l'icône de l'application Telegram est...")).toBe(
      'l’icône de l’application Telegram est…',
    );
  });
});

describe('frenchTypography: numbers', () => {
  it('groups thousands of numbers of five digits or more with narrow no-break spaces', () => {
    expect(frenchTypography('plus de 300000 hommes')).toBe(`plus de 300${N}000${S}hommes`);
    expect(frenchTypography('40000000 euros')).toBe(`40${N}000${N}000${S}euros`);
    expect(frenchTypography('12345 soldats')).toBe(`12${N}345${S}soldats`);
  });

  it('makes an existing grouping unbreakable (seed 000: "300 000")', () => {
    expect(frenchTypography('la Russie avait perdu plus de 300 000 hommes')).toBe(
      `la Russie avait perdu plus de 300${N}000${S}hommes`,
    );
    expect(frenchTypography(`1${S}500${S}000 réfugiés`)).toBe(`1${N}500${N}000${S}réfugiés`);
  });

  it('leaves four-digit numbers solid: years and small quantities', () => {
    expect(frenchTypography('de 1991, en 2022 et 2024, l’objectif climatique 2040, 3500 soldats')).toBe(
      `de 1991, en 2022 et 2024, l’objectif climatique 2040, 3500${S}soldats`,
    );
  });

  it('groups the integer part of a decimal, not the decimal part', () => {
    expect(frenchTypography('40 milliards d’euros (43,3 milliards de dollars)')).toBe(
      `40${S}milliards d’euros (43,3${S}milliards de dollars)`,
    );
    expect(frenchTypography('12345,678 km')).toBe(`12${N}345,678${S}km`);
    expect(frenchTypography('0,12345')).toBe('0,12345');
  });

  it('leaves phone numbers, postal codes, codes and dates alone', () => {
    for (const text of [
      '01 23 45 67 89',
      '0123456789',
      '+33123456789',
      '75008 Paris',
      'vol AF12345',
      'le 12/06/2024',
      'version 10.20304',
      'réf. 2024-12345',
    ]) {
      expect(frenchTypography(text)).toBe(text);
    }
  });

  it('keeps a number with the noun it counts or its unit (seed 001: "40 milliards")', () => {
    expect(frenchTypography('ont fourni 40 milliards d’euros')).toBe(`ont fourni 40${S}milliards d’euros`);
    expect(frenchTypography('le 9 juillet')).toBe(`le 9${S}juillet`);
    expect(frenchTypography('15 € et 3 km')).toBe(`15${S}€ et 3${S}km`);
    // The writer's narrow no-break space is kept no-break, as a plain one.
    expect(frenchTypography(`40${N}milliards`)).toBe(`40${S}milliards`);
  });

  it('leaves a number free before a word that does not follow from it, a capital, or in a code', () => {
    for (const text of [
      'en 2022, la Russie',
      'en 2022 la Russie',
      '1991 et 2040',
      'des F-16 qui volent',
      'un A320 et un autre',
      'en 2024 Vladimir Poutine',
      'le 1.2 est sorti',
    ]) {
      expect(frenchTypography(text)).toBe(text);
    }
  });

  it('does not join a year to the number that follows it', () => {
    expect(frenchTypography('en 1991 300 000 soldats')).toBe(`en 1991 300${N}000${S}soldats`);
  });
});

describe('frenchTypography: protected text', () => {
  it('leaves URLs as written, and treats the punctuation after them as the sentence’s', () => {
    expect(
      frenchTypography('Voir https://www.example.fr/a?b=1;c=2:d&e=...f et http://example.fr:8080/x!'),
    ).toBe(`Voir https://www.example.fr/a?b=1;c=2:d&e=...f et http://example.fr:8080/x${N}!`);
    expect(frenchTypography("Lire www.example.fr/l'otan: la suite")).toBe(
      `Lire www.example.fr/l'otan${S}: la suite`,
    );
  });

  it('leaves e-mail addresses as written', () => {
    expect(frenchTypography("Écrivez à o'neil.redaction@example.fr!")).toBe(
      `Écrivez à o'neil.redaction@example.fr${N}!`,
    );
  });

  it('leaves code between backticks as written', () => {
    expect(frenchTypography("Utilisez `a: b; c'd...` ici")).toBe("Utilisez `a: b; c'd...` ici");
  });

  it('restores protected parts in order when there are several', () => {
    const text = 'https://a.example.fr/1 puis https://b.example.fr/2 puis `x:y` puis c@example.fr';
    expect(frenchTypography(text)).toBe(text);
  });

  it('returns the empty string and non-strings harmlessly', () => {
    expect(frenchTypography('')).toBe('');
    expect(frenchTypography(undefined as unknown as string)).toBe('');
  });
});

// Text made of the pieces French news copy is made of, so that the rules
// actually fire (arbitrary strings rarely contain "« " or "l'").
const frenchPiece = fc.constantFrom(
  "l'",
  "aujourd'hui",
  'OTAN',
  'Ukraine',
  'alliés',
  'milliards',
  'et',
  'à',
  'y',
  '€',
  ' ',
  '  ',
  NBSP,
  NARROW_NBSP,
  '\n',
  '«',
  '»',
  '"',
  "'",
  ':',
  ';',
  '!',
  '?',
  '%',
  '.',
  '...',
  ',',
  '…',
  '(',
  ')',
  '-',
  '’',
  '0',
  '1',
  '12',
  '300',
  '000',
  '2024',
  '300000',
  '43,3',
  '10:30',
  '&amp;',
  'https://www.example.fr/a?b=c',
  'jean@example.fr',
  '`x: y`',
  '\uE000',
);
const frenchText = fc.array(frenchPiece, { maxLength: 40 }).map((pieces) => pieces.join(''));
const anyText = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.string({ unit: 'binary' }));

// What remains once spaces and punctuation are taken out: letters, digits and symbols.
const skeleton = (text: string) => text.replace(/[\p{P}\p{Z}\s]/gu, '');

describe('frenchTitleTypography', () => {
  it('keeps a one-letter word with the next one (seed 000: "soutien à Kiev")', () => {
    expect(frenchTitleTypography('L’OTAN réitère son soutien à Kiev lors de la réunion')).toBe(
      `L’OTAN réitère son soutien à${S}Kiev lors de la réunion`,
    );
    expect(frenchTitleTypography('À Bruxelles, il y a deux jours')).toBe(
      `À${S}Bruxelles, il y${S}a${S}deux jours`,
    );
  });

  it('applies frenchTypography first, and leaves elisions and longer words alone', () => {
    expect(frenchTitleTypography("l'OTAN: 40 milliards")).toBe(`l’OTAN${S}: 40${S}milliards`);
    expect(frenchTitleTypography('Le chef de l’OTAN attend des alliés')).toBe(
      'Le chef de l’OTAN attend des alliés',
    );
  });

  it('is for French only: another language keeps its words as typed', () => {
    expect(titleTypographyFor('en-GB')('A plan for a new era')).toBe('A plan for a new era');
    expect(titleTypographyFor('fr-FR')('un plan à long terme')).toBe(`un plan à${S}long terme`);
  });

  it('is idempotent, and changes only spaces', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, frenchText), (text) => {
        const once = frenchTitleTypography(text);
        expect(frenchTitleTypography(once)).toBe(once);
        expect(skeleton(once)).toBe(skeleton(frenchTypography(text)));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('frenchTypography: properties', () => {
  it('is idempotent on arbitrary text and on French-like text', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, frenchText), (text) => {
        const once = frenchTypography(text);
        expect(frenchTypography(once)).toBe(once);
      }),
      { numRuns: 3000 },
    );
  });

  it('changes only spaces and punctuation, never letters, digits or their order', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, frenchText), (text) => {
        expect(skeleton(frenchTypography(text))).toBe(skeleton(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('never changes a line break', () => {
    fc.assert(
      fc.property(frenchText, (text) => {
        expect(frenchTypography(text).split('\n').length).toBe(text.split('\n').length);
      }),
    );
  });

  it('leaves any web URL untouched in a sentence', () => {
    fc.assert(
      fc.property(
        // Trailing sentence punctuation is read as the sentence's, as linkifiers do.
        fc
          .webUrl({ withQueryParameters: true, withFragments: true })
          .filter((url) => !/[.,;:!?)\]’']$/.test(url)),
        (url) => {
          expect(frenchTypography(`Lire l'article : ${url} !`)).toContain(` ${url}${N}!`);
        },
      ),
    );
  });

  it('leaves any e-mail address untouched in a sentence', () => {
    fc.assert(
      fc.property(
        fc.emailAddress().filter((address) => !address.includes('`')),
        (address) => {
          expect(frenchTypography(`Écrire à ${address} : merci`)).toContain(`${address}${S}:`);
        },
      ),
    );
  });
});

describe('frenchTypography: rules skipped on texts that cannot match them', () => {
  const everyRule = (text: string) => typographyRules.reduce((result, [, apply]) => apply(result), text);
  // Texts dense in what the rules look for, so that most samples trigger several of them.
  const pieces = fc.constantFrom(
    'l',
    'OTAN',
    ' ',
    NBSP,
    NARROW_NBSP,
    "'",
    '"',
    '«',
    '»',
    ';',
    '!',
    '?',
    ':',
    '%',
    '...',
    '.',
    ',',
    '0',
    '1',
    '300',
    '000',
    '12/06/2024',
    'A320',
    '75008 Paris',
    '\n',
  );
  const texts = fc.array(pieces, { maxLength: 30 }).map((parts) => parts.join(''));

  it('gives what running every rule gives', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(frenchTypography(text)).toBe(everyRule(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('has a control: the rules do change such texts', () => {
    expect(everyRule('l\'OTAN : 300000 "soldats"...')).not.toBe('l\'OTAN : 300000 "soldats"...');
    expect(frenchTypography('l\'OTAN : 300000 "soldats"...')).toBe(
      `l’OTAN${NBSP}: 300${NARROW_NBSP}000 «${NARROW_NBSP}soldats${NARROW_NBSP}»…`,
    );
  });
});

describe('the high punctuation rule', () => {
  // The pattern the rule replaced, kept as the oracle: it backtracked over long runs of spaces.
  const OLD =
    /(?<=[^\s?!;:])(?<!&#?[a-zA-Z0-9]{1,32})[ \t\u00A0\u2009\u202F]*([;!?])(?=$|[\s?!;:»)\]"”’…])/gu;
  const rule = typographyRules.find(([needed]) => needed.source === '[;!?]')?.[1];

  it('spaces ; ! ? as the pattern did, on any text of spaces, marks, letters and entities', () => {
    const piece = fc.constantFrom(
      ' ',
      '\t',
      '\u00A0',
      '\u202F',
      '\u2009',
      '\n',
      ';',
      '!',
      '?',
      ':',
      'a',
      'é',
      '»',
      ')',
      '&amp',
      '&#39',
      '…',
      '😀',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 30 }).map((parts) => parts.join('')),
        (text) => {
          expect(rule?.(text)).toBe(text.replace(OLD, '\u202F$1'));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
