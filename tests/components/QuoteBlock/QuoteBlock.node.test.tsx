import { describe, expect, it } from 'vitest';
import { QuoteBlock } from '../../../src/components/QuoteBlock';
import { renderOnServer } from '../../support/server';

const STOLTENBERG =
  'Nous restons inébranlables dans notre engagement envers l’Ukraine. Nous sommes déterminés à ce qu’un jour l’Ukraine siège à cette table en tant que membre à part entière de notre alliance';

describe('QuoteBlock on the server', () => {
  it('renders figure > blockquote + figcaption > cite with no DOM, and collects its CSS', () => {
    const { html, css } = renderOnServer(
      <QuoteBlock
        text={`« ${STOLTENBERG} »`}
        cite="https://www.nato.int/cps/fr/natohq/opinions.htm"
        attribution={{ name: 'Jens Stoltenberg', role: 'secrétaire général de l’OTAN' }}
        variant="pull"
      />,
    );
    expect(html).toMatch(
      /^<figure [^>]*data-variant="pull"[^>]*><blockquote [^>]*cite="https:\/\/www\.nato\.int\/cps\/fr\/natohq\/opinions\.htm"[^>]*><p>.*<\/p><\/blockquote><figcaption><cite>Jens Stoltenberg<\/cite>, secrétaire général de l’OTAN<\/figcaption><\/figure>$/,
    );
    // One pair of guillemets, each inside a span hidden from assistive technology.
    expect(html.match(/«/g)).toHaveLength(1);
    expect(html.match(/»/g)).toHaveLength(1);
    expect(html).toContain('<span aria-hidden="true"');
    expect(html).toContain('\u202F»</span>');
    expect(css).toContain('<style');
    expect(css).toContain("[data-variant='pull']");
    expect(css).toContain('figcaption');
  });

  it('escapes text and drops an unsafe cite on the server too', () => {
    const { html } = renderOnServer(
      <QuoteBlock text="</blockquote><script>alert(1)</script>" cite={' JaVa\tscript:alert(1)'} lang="en" />,
    );
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;/blockquote&gt;&lt;script&gt;');
    expect(html).not.toMatch(/cite=/);
    expect(html).toMatch(/<blockquote [^>]*lang="en"/);
  });
});
