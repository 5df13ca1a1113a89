import { afterEach, describe, expect, it, vi } from 'vitest';
import { resetWarnings } from '../../src/dev';
import type { Article, Block } from '../../src/model';
import { countWords, readingTime } from '../../src/text';

const article = (body: Block[], extra: Partial<Article> = {}): Article => ({
  url: 'https://www.example.fr/a',
  headline: 'Un titre de cinq mots',
  datePublished: '2024-06-12T14:30:00+02:00',
  body,
  ...extra,
});
const words = (text: string) => countWords(article([{ type: 'paragraph', text }]));

describe('countWords: French counting rules', () => {
  it('counts plain words separated by spaces and punctuation', () => {
    expect(words('Le Conseil s’est réuni à Bruxelles.')).toBe(7);
  });

  it('counts an elision as two words', () => {
    expect(words('l’OTAN')).toBe(2);
    expect(words("l'OTAN")).toBe(2);
    expect(words('d’armes, qu’il, jusqu’à, lorsqu’on, c’est, n’allait, s’est')).toBe(14);
    expect(words('L’Union')).toBe(2);
  });

  it('counts a word that contains an apostrophe without eliding as one', () => {
    expect(words('aujourd’hui')).toBe(1);
    expect(words('quelqu’un presqu’île')).toBe(2);
    expect(words('d’aujourd’hui')).toBe(2);
  });

  it('counts hyphenated compounds as one word', () => {
    expect(words('OTAN-Ukraine')).toBe(1);
    expect(words('a-t-il déclaré')).toBe(2);
    expect(words('des avions F-16')).toBe(3);
  });

  it('counts a number as one word, whatever its thousands separator', () => {
    expect(words('300 000 hommes')).toBe(2);
    expect(words('300\u202F000 hommes')).toBe(2);
    expect(words('43,3 milliards')).toBe(2);
    expect(words('en 1991 300 000 soldats')).toBe(4);
  });

  it('does not count punctuation alone', () => {
    expect(words('« Nous restons » — ? … !')).toBe(2);
  });
});

describe('countWords: what is counted', () => {
  it('counts the standfirst and every text block, not the headline, captions or source', () => {
    const counted = article(
      [
        { type: 'paragraph', text: ['Un ', { type: 'emphasis', children: ['deux'] }, ' trois'] },
        { type: 'subheading', text: 'Quatre cinq' },
        {
          type: 'quote',
          text: 'six sept',
          attribution: { name: 'Jens Stoltenberg', role: 'secrétaire général' },
        },
        { type: 'list', items: ['huit', 'neuf dix'] },
        {
          type: 'image',
          image: { src: '/images/a.jpg', width: 1600, height: 900, alt: 'Une image', caption: 'Une légende' },
        },
      ],
      { standfirst: 'Onze douze.', source: { name: 'AA' } },
    );
    expect(countWords(counted)).toBe(12);
  });

  it('survives malformed articles', () => {
    expect(countWords(undefined as unknown as Article)).toBe(0);
    expect(countWords({ headline: 'x' } as unknown as Article)).toBe(0);
    expect(countWords(article([null, { type: 'paragraph' }] as unknown as Block[]))).toBe(0);
  });
});

describe('readingTime', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    resetWarnings();
  });

  const long = (count: number) => article([{ type: 'paragraph', text: Array(count).fill('mot').join(' ') }]);

  it('rounds up at 230 words a minute by default', () => {
    expect(readingTime(long(230))).toBe(1);
    expect(readingTime(long(231))).toBe(2);
    expect(readingTime(long(700))).toBe(4);
  });

  it('is at least one minute', () => {
    expect(readingTime(article([]))).toBe(1);
  });

  it('takes another reading speed', () => {
    expect(readingTime(long(700), { wordsPerMinute: 100 })).toBe(7);
  });

  it('falls back to 230 words a minute for an unusable speed, with a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(readingTime(long(700), { wordsPerMinute: 0 })).toBe(4);
    expect(readingTime(long(700), { wordsPerMinute: Number.NaN })).toBe(4);
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
