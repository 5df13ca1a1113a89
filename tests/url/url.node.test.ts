import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSafeUrl, resolveUrl, safeUrl } from '../../src/url';

describe('isSafeUrl', () => {
  it.each([
    'https://www.example.fr/international/otan',
    'http://example.fr',
    'HTTPS://EXAMPLE.FR/',
    '/images/otan.jpg',
    'images/otan.jpg',
    '../otan.jpg',
    '//cdn.example.fr/a.jpg',
    '?page=2',
    '#umerov-remercie-les-allies',
  ])('accepts %s', (url) => {
    expect(isSafeUrl(url)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:image/svg+xml;base64,PHN2Zz4=',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'mailto:redaction@example.fr',
    '',
    '   ',
    '\uFEFF',
    '\u00A0\u202F',
  ])('refuses %j', (url) => {
    expect(isSafeUrl(url)).toBe(false);
  });

  it('refuses anything that is not a string', () => {
    for (const value of [undefined, null, 42, {}, ['https://example.fr']])
      expect(isSafeUrl(value)).toBe(false);
  });

  it('never accepts a string whose scheme, as a browser reads it, is not http(s)', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('javascript', 'data', 'vbscript', 'blob'), (noise, scheme) => {
        // Browsers strip tabs and newlines anywhere and controls or spaces in front before reading the scheme.
        const spread = scheme.split('').join('\t');
        expect(isSafeUrl(`${spread}:${noise}`)).toBe(false);
        expect(isSafeUrl(` \n${scheme.toUpperCase()}:${noise}`)).toBe(false);
      }),
    );
  });
});

describe('safeUrl and resolveUrl', () => {
  it('trims a safe URL and drops an unsafe one', () => {
    expect(safeUrl('  /a.jpg ')).toBe('/a.jpg');
    expect(safeUrl('javascript:x')).toBeUndefined();
  });

  it('resolves relative URLs against the site', () => {
    expect(resolveUrl('/images/otan.jpg', 'https://www.example.fr/')).toBe(
      'https://www.example.fr/images/otan.jpg',
    );
    expect(resolveUrl('otan.jpg', 'https://www.example.fr/photos/')).toBe(
      'https://www.example.fr/photos/otan.jpg',
    );
    expect(resolveUrl('https://cdn.example.org/a.jpg', 'https://www.example.fr')).toBe(
      'https://cdn.example.org/a.jpg',
    );
  });

  it('writes a safe URL as a valid URL string, percent-encoding what a URL may not hold raw', () => {
    expect(safeUrl('/recherche?q=prix de l’énergie')).toBe('/recherche?q=prix%20de%20l’énergie');
    expect(safeUrl('#</script>')).toBe('#%3C/script%3E');
    expect(safeUrl('a"b<c>d`e{f}g|h\\i^j[k]l')).toBe('a%22b%3Cc%3Ed%60e%7Bf%7Dg%7Ch%5Ci%5Ej%5Bk%5Dl');
    expect(safeUrl('/a%zz/%C3%A9')).toBe('/a%25zz/%C3%A9');
    expect(safeUrl('/page#un#deux')).toBe('/page#un%23deux');
    expect(safeUrl('/x\uD800y')).toBe('/x%EF%BF%BDy');
    // What is already valid stays as written, IPv6 hosts and non-ASCII letters included.
    expect(safeUrl('http://[::1]:8080/a')).toBe('http://[::1]:8080/a');
    expect(safeUrl('https://www.example.fr/économie/prix')).toBe('https://www.example.fr/économie/prix');
    expect(resolveUrl('/a b', 'https://www.example.fr')).toBe('https://www.example.fr/a%20b');
  });

  it('drops a URL whose host no parser accepts', () => {
    expect(safeUrl('//www.exa mple.fr/a')).toBeUndefined();
    expect(safeUrl('https://www.exa mple.fr/a')).toBeUndefined();
  });

  it('gives undefined for unsafe URLs or an unusable base', () => {
    expect(resolveUrl('javascript:alert(1)', 'https://www.example.fr')).toBeUndefined();
    expect(resolveUrl('/a.jpg', undefined)).toBeUndefined();
    expect(resolveUrl('/a.jpg', 'pas une url')).toBeUndefined();
  });
});
