import { isLanguageTag, isOpenGraphLocale } from '../../src/text';

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

describe('isOpenGraphLocale', () => {
  it('accepts a language and a territory joined by an underscore', () => {
    for (const locale of ['fr_FR', 'fr_BE', 'en_GB', 'gsw_CH']) expect(isOpenGraphLocale(locale)).toBe(true);
  });

  it('refuses BCP 47 tags, bare languages, wrong case and anything not a string', () => {
    for (const value of ['fr-FR', 'fr', 'FR_fr', 'fr_fr', 'fr_FRA', '"><b>', '', undefined, 42]) {
      expect(isOpenGraphLocale(value)).toBe(false);
    }
  });
});
