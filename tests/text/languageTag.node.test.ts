import { isLanguageTag } from '../../src/text';

describe('isLanguageTag', () => {
  it.each([['fr'], ['fr-FR'], ['fr-CA'], ['en-GB'], ['de-CH'], ['zh-Hant-TW'], ['gsw']])(
    'accepts the BCP 47 tag %j',
    (tag) => {
      expect(isLanguageTag(tag)).toBe(true);
    },
  );

  it.each([
    ['fr_FR'],
    ['x'],
    ['"><script>'],
    [''],
    [' fr'],
    ['en GB'],
    ['fr-'],
    ['français'],
    [42],
    [undefined],
  ])('rejects %j, which cannot go in a lang attribute', (value) => {
    expect(isLanguageTag(value)).toBe(false);
  });
});
