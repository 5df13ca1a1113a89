import { describe, expect, it } from 'vitest';
import { RelatedArticles } from '../../../src/components/RelatedArticles';
import { Section } from '../../../src/components/Section';
import { renderOnServer } from '../../support/server';
import { seedTeasers, telegram } from './seedTeasers';

describe('RelatedArticles on the server', () => {
  it('renders the labelled aside, its heading and the list with no DOM, and collects its CSS', () => {
    const { html, css } = renderOnServer(
      <Section level={3}>
        <RelatedArticles teasers={seedTeasers} layout="grid" />
      </Section>,
    );
    const labelledBy = /<aside [^>]*aria-labelledby="([^"]+)"/.exec(html)?.[1];
    expect(labelledBy).toBeTruthy();
    expect(html).toContain(`<h3 `);
    expect(html).toMatch(new RegExp(`<h3 [^>]*id="${labelledBy}"[^>]*>À lire aussi</h3>`));
    expect(html.match(/<li[\s>]/g)).toHaveLength(5);
    expect(html.match(/<h4 /g)).toHaveLength(5);
    expect(html).toContain('data-layout="grid"');
    expect(html).toMatch(/<time dateTime="2024-10-07T08:15:00\+02:00">7\u00A0octobre\u00A02024<\/time>/);
    expect(html).toMatch(
      /<img [^>]*src="\/images\/telegram\.jpg"[^>]*width="1200"[^>]*height="800"[^>]*alt=""[^>]*loading="lazy"[^>]*decoding="async"/,
    );
    expect(css).toContain("[data-layout='grid']");
  });

  it('gives the same heading id on every render of the same tree (server and hydration agree)', () => {
    const ui = <RelatedArticles teasers={[telegram]} />;
    const first = /aria-labelledby="([^"]+)"/.exec(renderOnServer(ui).html)?.[1];
    const second = /aria-labelledby="([^"]+)"/.exec(renderOnServer(ui).html)?.[1];
    expect(first).toBeTruthy();
    expect(second).toBe(first);
  });

  it('renders an empty string for an empty list', () => {
    expect(renderOnServer(<RelatedArticles teasers={[]} />).html).toBe('');
  });
});
