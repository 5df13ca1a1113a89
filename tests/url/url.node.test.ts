import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditArticle } from '../../src/audit';
import { parseArticle, parseTeaser } from '../../src/model';
import { isSafeUrl, resolveUrl, safeUrl, urlAsParsed } from '../../src/url';
import { sampleArticle, site } from '../seo/sample';
import {
  DANGEROUS_URLS,
  hostileUrls,
  INVISIBLE_CHARACTERS,
  protocolOf,
  RENDERED_INVISIBLE_CHARACTERS,
} from '../support/hostile-urls';

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
    // Read as relative paths by a browser, but what a reader sees is a scheme: refused.
    '\u00A0javascript:alert(document.domain)',
    '\uFEFFdata:text/html,x',
    '\u3000vbscript:msgbox(1)',
    '\u200Bfile:///etc/passwd',
    '\u2028ms-msdt:/id PCWDiagnostic',
    '\u{E0001}javascript:alert(1)',
    '\u00A0https://www.lequotidien.example/',
    'ms-msdt:/id PCWDiagnostic',
    'search-ms:query=x',
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

describe('the URL as a browser reads it', () => {
  it('strips only C0 controls and spaces at the ends, and tabs and newlines anywhere', () => {
    expect(urlAsParsed(' \u0000\u001F/a\tb\nc\rd \u0001')).toBe('/abcd');
    for (const kept of ['\u00A0', '\uFEFF', '\u3000', '\u2028', '\u200B', '\u0085', '\u007F']) {
      expect(urlAsParsed(`${kept}/a${kept}`)).toBe(`${kept}/a${kept}`);
    }
  });

  it('refuses every hostile string, built around each of the 4,199 invisible characters, or renders one that parses to http(s)', () => {
    const seen = { strings: 0, rendered: 0 };
    for (const url of hostileUrls(INVISIBLE_CHARACTERS)) {
      seen.strings++;
      const text = safeUrl(url);
      if (text === undefined) continue;
      seen.rendered++;
      // What is rendered is what was checked: a browser reads it the same, on any http(s) page.
      expect(urlAsParsed(text)).toBe(text);
      for (const page of ['https://www.lequotidien.example/a/b', 'http://localhost:3000/']) {
        expect(['http:', 'https:']).toContain(protocolOf(text, page));
      }
      expect(['http:', 'https:']).toContain(
        protocolOf(resolveUrl(url, 'https://www.lequotidien.example/') ?? '', 'about:blank'),
      );
    }
    expect(seen.strings).toBeGreaterThan(4199 * 9);
  });

  it('refuses each dangerous scheme with any invisible character in front', () => {
    for (const character of INVISIBLE_CHARACTERS) {
      for (const url of DANGEROUS_URLS) expect(safeUrl(`${character}${url}`)).toBeUndefined();
    }
  });
});

describe('one policy for parseArticle, parseTeaser, auditArticle and the page', () => {
  it('agrees on every hostile string in section.url, source.url, a link, an image and a teaser', () => {
    for (const url of hostileUrls(RENDERED_INVISIBLE_CHARACTERS.slice(0, 60))) {
      const usable = safeUrl(url) !== undefined;
      const article = sampleArticle({
        section: { name: 'International', url },
        source: { name: 'AFP', url },
        body: [
          { type: 'paragraph', text: [{ type: 'link', href: url, children: ['lien'] }] },
          { type: 'image', image: { src: url, width: 800, height: 600, alt: 'Une salle' } },
        ],
      });
      const parsed = parseArticle(article);
      expect(parsed.success).toBe(usable);
      if (!parsed.success) {
        expect(parsed.issues.map((issue) => issue.path).sort()).toEqual(
          ['body.0.text.0.href', 'body.1.image.src', 'section.url', 'source.url'].sort(),
        );
      }
      const flagged = auditArticle(article, site)
        .filter((finding) => finding.code === 'link-unsafe' || finding.code === 'image-src-unsafe')
        .map((finding) => finding.field)
        .sort();
      expect(flagged).toEqual(
        usable ? [] : ['body.0.text.0.href', 'body.1.image.src', 'section.url', 'source.url'].sort(),
      );
      const teaser = parseTeaser({ url, headline: 'Autre article' });
      expect(teaser.success).toBe(usable);
    }
  });

  it('hands on a URL as the browser reads it, never trimmed of what the browser keeps', () => {
    const parsed = parseArticle(
      sampleArticle({ section: { name: 'International', url: ' \t/international\n' } }),
    );
    expect(parsed.success && parsed.article.section?.url).toBe('/international');
    const refused = parseArticle(
      sampleArticle({ section: { name: 'International', url: '\u00A0/international' } }),
    );
    expect(refused.success).toBe(false);
  });
});

describe('safeUrl and resolveUrl', () => {
  it('reads a safe URL as a browser does and drops an unsafe one', () => {
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
