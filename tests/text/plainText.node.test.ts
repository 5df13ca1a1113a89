import { describe, expect, it } from 'vitest';
import type { Inline } from '../../src/model';
import { blockToPlainText, richTextToPlainText } from '../../src/text';

describe('richTextToPlainText', () => {
  it('returns a plain string as is', () => {
    expect(richTextToPlainText('Le Conseil OTAN-Ukraine s’est réuni.')).toBe(
      'Le Conseil OTAN-Ukraine s’est réuni.',
    );
  });

  it('flattens nested marks in reading order', () => {
    expect(
      richTextToPlainText([
        'Plusieurs délégués. ',
        {
          type: 'foreign',
          lang: 'en',
          children: [
            'During the meeting, ',
            { type: 'emphasis', children: ['some participants'] },
            ' suggested',
          ],
        },
        ' — ',
        { type: 'link', href: '/otan', children: [{ type: 'strong', children: ['l’OTAN'] }] },
      ]),
    ).toBe('Plusieurs délégués. During the meeting, some participants suggested — l’OTAN');
  });

  it('ignores malformed nodes instead of throwing', () => {
    const broken = [
      'a',
      null,
      { type: 'emphasis' },
      { type: 'strong', children: ['b'] },
      3,
    ] as unknown as Inline[];
    expect(richTextToPlainText(broken)).toBe('ab');
    expect(richTextToPlainText(undefined as unknown as string)).toBe('');
  });

  it('stops at an absurd depth rather than overflowing the stack', () => {
    let node: Inline = 'fond';
    for (let i = 0; i < 10_000; i += 1) node = { type: 'emphasis', children: [node] };
    expect(() => richTextToPlainText([node])).not.toThrow();
    // The cut-off is what stops it: the text below it is dropped, while a plausible nesting keeps it.
    expect(richTextToPlainText([node])).toBe('');
    let shallow: Inline = 'fond';
    for (let i = 0; i < 20; i += 1) shallow = { type: 'strong', children: [shallow] };
    expect(richTextToPlainText(['le ', shallow])).toBe('le fond');
  });

  it('gives up on cyclic rich text instead of recursing forever', () => {
    const cyclic = { type: 'emphasis', children: ['a'] } as { type: 'emphasis'; children: Inline[] };
    cyclic.children.push(cyclic);
    expect(richTextToPlainText([cyclic])).toMatch(/^a+$/);
  });
});

describe('blockToPlainText', () => {
  it('gives the text of each kind of block, nothing for images', () => {
    expect(blockToPlainText({ type: 'paragraph', text: ['a ', { type: 'emphasis', children: ['b'] }] })).toBe(
      'a b',
    );
    expect(blockToPlainText({ type: 'subheading', text: 'Umerov remercie les alliés' })).toBe(
      'Umerov remercie les alliés',
    );
    expect(
      blockToPlainText({ type: 'quote', text: 'Nous restons inébranlables', attribution: { name: 'X' } }),
    ).toBe('Nous restons inébranlables');
    expect(blockToPlainText({ type: 'list', items: ['un', ['deux']] })).toBe('un\ndeux');
    expect(
      blockToPlainText({
        type: 'image',
        image: { src: '/images/a.jpg', width: 10, height: 10, alt: 'a', caption: 'Une légende' },
      }),
    ).toBe('');
  });
});
