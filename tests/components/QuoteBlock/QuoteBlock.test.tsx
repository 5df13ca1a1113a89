import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { otanKievConseil } from '../../../fixtures';
import { ArticleLayout } from '../../../src/components/ArticleLayout';
import { ContextScope } from '../../../src/components/context';
import { QuoteBlock } from '../../../src/components/QuoteBlock';
import { resetWarnings } from '../../../src/dev';
import { frenchTypography } from '../../../src/typography';
import { render, screen } from '../../support/render';

const NNBSP = '\u202F';

// Seed 000: the Ukrainian foreign minister and NATO's secretary general.
const KULEBA =
  'Il ne serait pas exagéré de dire que défendre l’Europe sans l’Ukraine est une tâche futile. Vous ne pouvez pas le faire, tout simplement, pour une raison simple, car nous disposons actuellement de l’armée la plus forte et la plus aguerrie d’Europe';
const KULEBA_ATTRIBUTION = { name: 'Dmytro Kuleba', role: 'ministre ukrainien des Affaires étrangères' };
const STOLTENBERG =
  'Nous restons inébranlables dans notre engagement envers l’Ukraine. Nous sommes déterminés à ce qu’un jour l’Ukraine siège à cette table en tant que membre à part entière de notre alliance';
const STOLTENBERG_ATTRIBUTION = { name: 'Jens Stoltenberg', role: 'secrétaire général de l’OTAN' };

function blockquoteOf(container: HTMLElement): HTMLQuoteElement {
  const quote = container.querySelector('blockquote');
  if (!quote) throw new Error('no blockquote rendered');
  return quote;
}

function countOf(text: string, mark: string): number {
  return text.split(mark).length - 1;
}

describe('QuoteBlock structure', () => {
  it('renders figure > blockquote + figcaption > cite, the attribution outside the quotation', () => {
    const { container } = render(<QuoteBlock text={STOLTENBERG} attribution={STOLTENBERG_ATTRIBUTION} />);
    const figure = screen.getByRole('figure');
    expect(figure.tagName).toBe('FIGURE');
    const children = Array.from(figure.children).map((child) => child.tagName);
    expect(children).toEqual(['BLOCKQUOTE', 'FIGCAPTION']);

    const quote = blockquoteOf(container);
    expect(quote.parentElement).toBe(figure);
    expect(quote).toHaveTextContent('Nous restons inébranlables');
    expect(quote.querySelector('cite, figcaption')).toBeNull();
    expect(quote).not.toHaveTextContent('Stoltenberg');

    const caption = figure.querySelector(':scope > figcaption');
    const cite = caption?.querySelector(':scope > cite');
    expect(cite?.textContent).toBe('Jens Stoltenberg');
    expect(caption?.textContent).toBe('Jens Stoltenberg, secrétaire général de l’OTAN');
  });

  it('exposes a figure holding a blockquote to assistive technology', () => {
    // Browsers also name the figure from its figcaption (HTML-AAM); jsdom's
    // accessibility tree does not, so only the roles are checked here.
    render(<QuoteBlock text={KULEBA} attribution={KULEBA_ATTRIBUTION} />);
    const figure = screen.getByRole('figure');
    const quote = screen.getByRole('blockquote');
    expect(figure).toContainElement(quote);
    expect(quote).toHaveTextContent(/^«\s*Il ne serait pas exagéré/);
  });

  it('shows the name alone without a role, and no caption at all without an attribution', () => {
    const { container, rerender } = render(
      <QuoteBlock text={KULEBA} attribution={{ name: 'Dmytro Kuleba' }} />,
    );
    expect(container.querySelector('figcaption')?.textContent).toBe('Dmytro Kuleba');
    rerender(<QuoteBlock text={KULEBA} />);
    expect(container.querySelector('figcaption')).toBeNull();
    expect(container.querySelector('cite')).toBeNull();
  });

  it('keeps a role without a name, with no <cite>, and warns', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(
      <QuoteBlock text={KULEBA} attribution={{ name: '  ', role: 'un diplomate européen' }} />,
    );
    expect(container.querySelector('figcaption')?.textContent).toBe('un diplomate européen');
    expect(container.querySelector('cite')).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/attribution has no name/));
    warn.mockRestore();
  });

  it('typesets the role the French way', () => {
    const { container } = render(
      <QuoteBlock text={KULEBA} attribution={{ name: 'Rustem Umerov', role: "ministre de l'Ukraine" }} />,
    );
    expect(container.querySelector('figcaption')?.textContent).toBe('Rustem Umerov, ministre de l’Ukraine');
  });

  it('exposes the variant as data-variant, block by default', () => {
    const { container, rerender } = render(<QuoteBlock text={KULEBA} />);
    expect(container.querySelector('figure')).toHaveAttribute('data-variant', 'block');
    rerender(<QuoteBlock text={KULEBA} variant="pull" attribution={KULEBA_ATTRIBUTION} />);
    const figure = container.querySelector('figure');
    expect(figure).toHaveAttribute('data-variant', 'pull');
    // The pull quote keeps the same semantics.
    expect(figure?.querySelector(':scope > blockquote')).not.toBeNull();
    expect(figure?.querySelector(':scope > figcaption > cite')).not.toBeNull();
  });

  it('passes className, style, id and other props to the figure, and lang to the blockquote only', () => {
    const { container } = render(
      <QuoteBlock
        text="It is a futile task."
        lang="en"
        className="hote"
        style={{ marginTop: 12 }}
        id="citation-kuleba"
        data-testid="citation"
      />,
    );
    const figure = screen.getByTestId('citation');
    expect(figure.tagName).toBe('FIGURE');
    expect(figure).toHaveClass('hote');
    expect(figure).toHaveAttribute('id', 'citation-kuleba');
    expect(figure.style.marginTop).toBe('12px');
    expect(figure).not.toHaveAttribute('lang');
    expect(blockquoteOf(container)).toHaveAttribute('lang', 'en');
  });

  it('renders nothing and warns when there is nothing to quote', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container, rerender } = render(<QuoteBlock text="   " attribution={KULEBA_ATTRIBUTION} />);
    expect(container).toBeEmptyDOMElement();
    rerender(<QuoteBlock text={`«${NNBSP}${NNBSP}»`} />);
    expect(container).toBeEmptyDOMElement();
    rerender(<QuoteBlock text={'""'} />);
    expect(container).toBeEmptyDOMElement();
    rerender(<QuoteBlock text={42 as unknown as string} />);
    expect(container).toBeEmptyDOMElement();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/no text and no children/));
    warn.mockRestore();
  });

  it('renders composed children without marks as given, adding none', () => {
    const { container } = render(
      <QuoteBlock attribution={STOLTENBERG_ATTRIBUTION}>
        <p>
          Nous restons <em>inébranlables</em>.
        </p>
        <p>Nous sommes déterminés.</p>
      </QuoteBlock>,
    );
    const quote = blockquoteOf(container);
    expect(quote.querySelectorAll(':scope > p')).toHaveLength(2);
    expect(quote.querySelector('em')?.textContent).toBe('inébranlables');
    expect(quote.textContent).toBe('Nous restons inébranlables.Nous sommes déterminés.');
  });

  it('treats a plain string child as text', () => {
    const { container } = render(<QuoteBlock>{`"${KULEBA}"`}</QuoteBlock>);
    expect(blockquoteOf(container).textContent).toBe(`«${NNBSP}${KULEBA}${NNBSP}»`);
  });

  it('never lets text inject markup', () => {
    const { container } = render(
      <QuoteBlock
        text={'<img src=x onerror="alert(1)"> et <script>alert(1)</script>'}
        attribution={{ name: '<b>Jens</b>', role: '<i>OTAN</i>' }}
      />,
    );
    expect(container.querySelector('img, script, b, i')).toBeNull();
    expect(blockquoteOf(container).textContent).toContain('<script>alert(1)</script>');
  });
});

describe('QuoteBlock built from children', () => {
  const WORDS = 'Nous restons inébranlables.';
  const EXPECTED = `«${NNBSP}${WORDS}${NNBSP}»`;

  /** The styled marks drawn, in order, as [side, text]. */
  function drawnMarks(quote: HTMLElement): string[][] {
    return Array.from(quote.querySelectorAll('[data-quotation-mark]')).map((mark) => [
      mark.getAttribute('data-quotation-mark') ?? '',
      mark.textContent ?? '',
    ]);
  }

  it.each([
    ['guillemets with ordinary spaces', `« ${WORDS} »`],
    ['guillemets with narrow no-break spaces', `«${NNBSP}${WORDS}${NNBSP}»`],
    ['guillemets with no-break spaces', `«\u00A0${WORDS}\u00A0»`],
    ['guillemets with no spaces', `«${WORDS}»`],
    ['guillemets set by frenchTypography', frenchTypography(`« ${WORDS} »`)],
    ['English curly quotes', `“${WORDS}”`],
    ['straight double quotes', `"${WORDS}"`],
  ])('draws its styled marks instead of the author’s %s', (_label, text) => {
    const { container } = render(
      <QuoteBlock attribution={STOLTENBERG_ATTRIBUTION}>
        <p>{text}</p>
      </QuoteBlock>,
    );
    const quote = blockquoteOf(container);
    expect(quote.textContent).toBe(EXPECTED);
    expect(drawnMarks(quote)).toEqual([
      ['open', `«${NNBSP}`],
      ['close', `${NNBSP}»`],
    ]);
    // Drawn inside the paragraph, at the edges of its words, hidden from screen readers.
    const paragraph = quote.querySelector(':scope > p');
    expect(paragraph?.firstElementChild).toHaveAttribute('data-quotation-mark', 'open');
    expect(paragraph?.lastElementChild).toHaveAttribute('data-quotation-mark', 'close');
    expect(quote.querySelectorAll('[aria-hidden="true"]')).toHaveLength(2);
  });

  it('draws the marks of the quotation’s language', () => {
    const { container } = render(
      <QuoteBlock lang="en">
        <p>« We remain unwavering. »</p>
      </QuoteBlock>,
    );
    expect(blockquoteOf(container).textContent).toBe('“We remain unwavering.”');
  });

  it('opens in the first paragraph and closes in the last, keeping the elements between', () => {
    const { container } = render(
      <QuoteBlock>
        <p>
          {'«\u202F'}Nous restons <em>inébranlables</em>.
        </p>
        <p>Nous sommes déterminés{'\u202F»'}</p>
      </QuoteBlock>,
    );
    const quote = blockquoteOf(container);
    const [first, last] = Array.from(quote.querySelectorAll(':scope > p'));
    expect(first?.textContent).toBe(`«${NNBSP}Nous restons inébranlables.`);
    expect(first?.firstElementChild).toHaveAttribute('data-quotation-mark', 'open');
    expect(first?.querySelector('em')?.textContent).toBe('inébranlables');
    expect(last?.textContent).toBe(`Nous sommes déterminés${NNBSP}»`);
    expect(last?.lastElementChild).toHaveAttribute('data-quotation-mark', 'close');
    expect(countOf(quote.textContent ?? '', '«')).toBe(1);
    expect(countOf(quote.textContent ?? '', '»')).toBe(1);
  });

  it('draws marks found inside emphasis outside it, so the mark is not in italics', () => {
    const { container } = render(
      <QuoteBlock>
        <p>
          <em>« Nous restons inébranlables. »</em>
        </p>
      </QuoteBlock>,
    );
    const paragraph = blockquoteOf(container).querySelector(':scope > p');
    expect(Array.from(paragraph?.children ?? []).map((child) => child.tagName)).toEqual([
      'SPAN',
      'EM',
      'SPAN',
    ]);
    expect(paragraph?.querySelector('em')?.textContent).toBe(WORDS);
    expect(paragraph?.textContent).toBe(EXPECTED);
  });

  it('reads a quotation split over several text children and elements', () => {
    const { container } = render(
      <QuoteBlock>
        <p>
          {'«'}
          {'\u00A0'}
          <strong>
            <em>{' Nous'}</em>
          </strong>{' '}
          restons {'inébranlables.'} {'»'}
        </p>
      </QuoteBlock>,
    );
    const quote = blockquoteOf(container);
    expect(quote.textContent).toBe(EXPECTED);
    expect(quote.querySelector('strong em')?.textContent).toBe('Nous');
  });

  it('reads children given as a list and as inline content with no paragraph', () => {
    const { container } = render(
      <QuoteBlock>{['« Nous restons ', <em key="mot">inébranlables</em>, '. »']}</QuoteBlock>,
    );
    const quote = blockquoteOf(container);
    expect(quote.textContent).toBe(EXPECTED);
    expect(quote.firstElementChild).toHaveAttribute('data-quotation-mark', 'open');
  });

  it('keeps the marks of a quotation inside the quotation', () => {
    const { container, rerender } = render(
      <QuoteBlock>
        <p>« Il a répondu “non” aux alliés »</p>
      </QuoteBlock>,
    );
    expect(blockquoteOf(container).textContent).toBe(`«${NNBSP}Il a répondu “non” aux alliés${NNBSP}»`);
    rerender(
      <QuoteBlock>
        <p>« « Non » et « jamais » »</p>
      </QuoteBlock>,
    );
    const quote = blockquoteOf(container);
    expect(quote.textContent).toBe(`«${NNBSP}« Non » et « jamais »${NNBSP}»`);
    expect(drawnMarks(quote)).toHaveLength(2);
  });

  it.each([
    ['a mark at the start only', '« Nous restons inébranlables.', true],
    ['a mark at the end only', 'Nous restons inébranlables. »', true],
    ['marks of two different pairs', '« Nous restons inébranlables. ”', true],
    ['two quotations side by side', '« Nous restons » et « nous restons unis »', false],
    ['a quotation followed by its speaker', '« Nous restons », dit-il.', false],
    ['no marks at all', 'Nous restons inébranlables.', false],
  ])('leaves children with %s as written', (_label, text, warns) => {
    resetWarnings();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(
      <QuoteBlock>
        <p>{text}</p>
      </QuoteBlock>,
    );
    const quote = blockquoteOf(container);
    expect(quote.textContent).toBe(text);
    expect(drawnMarks(quote)).toEqual([]);
    if (warns) {
      expect(warn).toHaveBeenCalledWith(
        expect.stringMatching(/children have a . at one end that nothing matches/),
      );
    } else {
      expect(warn).not.toHaveBeenCalled();
    }
    warn.mockRestore();
  });

  it('draws one pair around any words, however the author split them into text and elements (property)', () => {
    const words = fc
      .string({ unit: fc.constantFrom(...'abcdeéàç’-., '.split('')), minLength: 1, maxLength: 40 })
      .filter((text) => text.trim() !== '');
    const pair = fc.constantFrom(['«', '»'], ['“', '”'], ['"', '"']);
    const space = fc.constantFrom('', ' ', '\u00A0', NNBSP);
    const cuts = fc.uniqueArray(fc.nat({ max: 60 }), { maxLength: 4 });
    const wrappers = fc.array(fc.constantFrom('text', 'em', 'strong', 'span', 'a'), {
      minLength: 5,
      maxLength: 5,
    });
    fc.assert(
      fc.property(
        words,
        pair,
        space,
        space,
        cuts,
        wrappers,
        (text, [open, close], before, after, at, wraps) => {
          const whole = `${open}${before}${text}${after}${close}`;
          const ends = [...new Set(at.map((cut) => cut % (whole.length + 1)))].sort((a, b) => a - b);
          const pieces = [0, ...ends].map((from, index) => whole.slice(from, ends[index] ?? whole.length));
          const children = pieces.map((piece, index) => {
            const tag = wraps[index] ?? 'text';
            if (tag === 'text') return piece;
            const Tag = tag as 'em';
            // biome-ignore lint/suspicious/noArrayIndexKey: the pieces are fixed text in a fixed order.
            return <Tag key={index}>{piece}</Tag>;
          });
          const { container, unmount } = render(
            <QuoteBlock>
              <p>{children}</p>
            </QuoteBlock>,
          );
          const quote = blockquoteOf(container);
          const content = quote.textContent ?? '';
          const drawn = drawnMarks(quote);
          const parents = Array.from(quote.querySelectorAll('[data-quotation-mark]')).map(
            (mark) => mark.parentElement?.tagName,
          );
          unmount();
          expect(content).toBe(`«${NNBSP}${text.trim()}${NNBSP}»`);
          expect(drawn).toEqual([
            ['open', `«${NNBSP}`],
            ['close', `${NNBSP}»`],
          ]);
          // In the paragraph, never inside the emphasis or the link around the first or last words.
          expect(parents).toEqual(['P', 'P']);
        },
      ),
      { numRuns: 200 },
    );
  }, 30_000);

  it('leaves a component at either end as it is: what it renders cannot be read before rendering', () => {
    function Citation() {
      return <span>« Nous restons inébranlables. »</span>;
    }
    const { container } = render(
      <QuoteBlock>
        <p>
          <Citation />
        </p>
      </QuoteBlock>,
    );
    expect(blockquoteOf(container).textContent).toBe('« Nous restons inébranlables. »');
    expect(drawnMarks(blockquoteOf(container))).toEqual([]);
  });

  it('changes nothing in the elements it is given', () => {
    const children = (
      <p>
        « Nous restons <em>inébranlables</em>. »
      </p>
    );
    const before = JSON.stringify(children.props);
    const { container, rerender } = render(<QuoteBlock>{children}</QuoteBlock>);
    rerender(<QuoteBlock>{children}</QuoteBlock>);
    expect(JSON.stringify(children.props)).toBe(before);
    expect(blockquoteOf(container).textContent).toBe(EXPECTED);
  });
});

describe('QuoteBlock quotation marks', () => {
  const expected = `«${NNBSP}${KULEBA}${NNBSP}»`;

  it.each([
    ['bare words', KULEBA],
    ['guillemets with narrow no-break spaces', `«${NNBSP}${KULEBA}${NNBSP}»`],
    ['guillemets with no-break spaces', `«\u00A0${KULEBA}\u00A0»`],
    ['guillemets with ordinary spaces', `« ${KULEBA} »`],
    ['guillemets with no spaces', `«${KULEBA}»`],
    ['straight double quotes', `"${KULEBA}"`],
    ['straight double quotes with spaces', `" ${KULEBA} "`],
    ['English curly quotes', `“${KULEBA}”`],
    ['German quotes', `„${KULEBA}“`],
    ['surrounding white space', `  « ${KULEBA} »\n`],
    ['an opening guillemet alone (the end was cut)', `« ${KULEBA}`],
    ['a closing guillemet alone', `${KULEBA} »`],
  ])('sets a French quotation given with %s between one pair of guillemets', (_label, text) => {
    const { container } = render(<QuoteBlock text={text} />);
    expect(blockquoteOf(container).textContent).toBe(expected);
  });

  it('hides the marks from assistive technology', () => {
    const { container } = render(<QuoteBlock text={KULEBA} />);
    const hidden = Array.from(blockquoteOf(container).querySelectorAll('[aria-hidden="true"]'));
    expect(hidden.map((node) => node.textContent)).toEqual([`«${NNBSP}`, `${NNBSP}»`]);
  });

  it('keeps an inner quotation and its marks', () => {
    const { container } = render(<QuoteBlock text="Il a répondu « non » aux alliés" />);
    expect(blockquoteOf(container).textContent).toBe(
      `«${NNBSP}Il a répondu «${NNBSP}non${NNBSP}» aux alliés${NNBSP}»`,
    );
  });

  it('turns inner straight quotes into guillemets once the outer pair is taken off', () => {
    const { container } = render(<QuoteBlock text={'"Il a dit "non" hier"'} />);
    expect(blockquoteOf(container).textContent).toBe(`«${NNBSP}Il a dit «${NNBSP}non${NNBSP}» hier${NNBSP}»`);
  });

  it('applies French typography to a French quotation', () => {
    const { container } = render(<QuoteBlock text="L'armée a perdu 300000 hommes ; est-ce assez ?" />);
    expect(blockquoteOf(container).textContent).toBe(
      `«${NNBSP}L’armée a perdu 300${NNBSP}000\u00A0hommes${NNBSP}; est-ce assez${NNBSP}?${NNBSP}»`,
    );
  });

  it.each([
    ['en', '“', '”'],
    ['en-GB', '“', '”'],
    ['de', '„', '“'],
    ['de-CH', '«', '»'],
    ['es', '«', '»'],
    ['pl', '„', '”'],
    ['ja', '「', '」'],
    ['zz', '“', '”'],
  ])('uses the marks of lang=%s, with no French spacing', (lang, open, close) => {
    const { container } = render(<QuoteBlock text={'"Is it over? Yes: 40%."'} lang={lang} />);
    const quote = blockquoteOf(container);
    expect(quote.textContent).toBe(`${open}Is it over? Yes: 40%.${close}`);
    expect(quote).toHaveAttribute('lang', lang);
  });

  it.each([['fr_FR'], ['x'], ['"><script>'], ['en GB']])(
    'drops lang=%j, which is not a language tag, with a warning, and keeps the marks of the language around',
    (lang) => {
      resetWarnings();
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      const { container } = render(<QuoteBlock text="Est-ce fini ?" lang={lang} />);
      const quote = blockquoteOf(container);
      expect(quote).not.toHaveAttribute('lang');
      expect(quote.textContent).toBe(`«${NNBSP}Est-ce fini${NNBSP}?${NNBSP}»`);
      expect(container.querySelector('script')).toBeNull();
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('not a language tag'));
      warn.mockRestore();
    },
  );

  it('keeps French marks and typography for lang="fr-CA" or "fr"', () => {
    const { container } = render(<QuoteBlock text="Est-ce fini ?" lang="fr-CA" />);
    expect(blockquoteOf(container).textContent).toBe(`«${NNBSP}Est-ce fini${NNBSP}?${NNBSP}»`);
  });

  // Words with French punctuation and letters, but no quotation mark of any kind.
  const word = fc.string({
    unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzéèàçôûÉÀ’-0123456789'.split('')),
    minLength: 1,
    maxLength: 12,
  });
  const inner = fc.array(word, { minLength: 1, maxLength: 10 }).chain((words) =>
    fc
      .array(fc.constantFrom(' ', ', ', ' ; ', ' : ', ' ! ', '. '), {
        minLength: words.length - 1,
        maxLength: words.length - 1,
      })
      .map((separators) => words.map((w, i) => (i === 0 ? w : `${separators[i - 1]}${w}`)).join('')),
  );
  const wrapping = fc.constantFrom(
    (t: string) => t,
    (t: string) => `«${NNBSP}${t}${NNBSP}»`,
    (t: string) => `«\u00A0${t}\u00A0»`,
    (t: string) => `« ${t} »`,
    (t: string) => `«${t}»`,
    (t: string) => `"${t}"`,
    (t: string) => `“${t}”`,
    (t: string) => ` « ${t} » `,
  );

  it('puts exactly one pair of guillemets around any text, whatever marks it came with (property)', () => {
    fc.assert(
      fc.property(inner, wrapping, (words, wrap) => {
        resetWarnings();
        const { container, unmount } = render(<QuoteBlock text={wrap(words)} />);
        const content = blockquoteOf(container).textContent ?? '';
        unmount();
        expect(countOf(content, '«')).toBe(1);
        expect(countOf(content, '»')).toBe(1);
        expect(content.startsWith(`«${NNBSP}`)).toBe(true);
        expect(content.endsWith(`${NNBSP}»`)).toBe(true);
        // Between the marks: the words, typeset, nothing lost or added.
        expect(content.slice(2, -2)).toBe(frenchTypography(words));
      }),
      { numRuns: 150 },
    );
  }, 30_000);
});

describe('QuoteBlock cite URL', () => {
  it.each(['https://www.nato.int/cps/fr/natohq/opinions.htm', '/international/otan-ukraine'])(
    'keeps a safe source URL: %s',
    (url) => {
      const { container } = render(<QuoteBlock text={KULEBA} cite={url} />);
      expect(blockquoteOf(container)).toHaveAttribute('cite', url);
    },
  );

  it('renders no cite attribute without a source', () => {
    const { container } = render(<QuoteBlock text={KULEBA} />);
    expect(blockquoteOf(container)).not.toHaveAttribute('cite');
  });

  const hostile = fc
    .tuple(
      fc.constantFrom('javascript', 'JavaScript', 'JAVASCRIPT', 'data', 'DaTa', 'vbscript', 'file'),
      fc.constantFrom('', ' ', '\t', '\n', '\u0000', '\u001f', '  \n\t'),
      fc.constantFrom('', '\t', '\n', '\r'),
      fc.constantFrom('alert(1)', 'text/html,<script>alert(1)</script>', '//%0aalert(1)', ''),
    )
    .map(([scheme, before, inside, payload]) => {
      const cut = Math.max(1, Math.floor(scheme.length / 2));
      return `${before}${scheme.slice(0, cut)}${inside}${scheme.slice(cut)}:${payload}`;
    });

  it('never puts a javascript:, data: or other scheme into cite (property)', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    fc.assert(
      fc.property(hostile, (url) => {
        const { container, unmount } = render(<QuoteBlock text={KULEBA} cite={url} />);
        const quote = blockquoteOf(container);
        const html = container.innerHTML.toLowerCase();
        unmount();
        expect(quote).not.toHaveAttribute('cite');
        expect(html).not.toMatch(/javascript|vbscript|data:|file:/);
      }),
      { numRuns: 200 },
    );
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/cite URL is not http\(s\) or relative/));
    warn.mockRestore();
  }, 30_000);
});

describe('QuoteBlock inside ArticleLayout', () => {
  it('renders the quote blocks of seed 000 with their structure and one pair of guillemets each', () => {
    const { container } = render(<ArticleLayout article={otanKievConseil.article} />);
    const figures = Array.from(container.querySelectorAll('figure')).filter((figure) =>
      figure.querySelector(':scope > blockquote'),
    );
    expect(figures).toHaveLength(2);
    const captions = figures.map((figure) => figure.querySelector(':scope > figcaption')?.textContent);
    expect(captions).toEqual([
      'Dmytro Kuleba, ministre ukrainien des Affaires étrangères',
      'Jens Stoltenberg, secrétaire général de l’OTAN',
    ]);
    for (const figure of figures) {
      const text = figure.querySelector('blockquote')?.textContent ?? '';
      expect(countOf(text, '«')).toBe(1);
      expect(countOf(text, '»')).toBe(1);
    }
  });
});

describe('QuoteBlock in text of another language', () => {
  it('takes the language around when it has none: its marks, and the words as typed', () => {
    const { container } = render(
      <ContextScope language="en-GB">
        <QuoteBlock
          text={'"Is it over? Yes: 40%."'}
          attribution={{ name: 'Jens Stoltenberg', role: 'NATO: chief' }}
        />
      </ContextScope>,
    );
    const quote = blockquoteOf(container);
    expect(quote.textContent).toBe('“Is it over? Yes: 40%.”');
    // The quotation is in the language around, which says it already.
    expect(quote).not.toHaveAttribute('lang');
    expect(container.querySelector('figcaption')?.textContent).toBe('Jens Stoltenberg, NATO: chief');
  });

  it('drops a lang that is not a language tag, with a warning, and takes the language around', () => {
    resetWarnings();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(
      <ContextScope language="en">
        <QuoteBlock text="Ready? Yes" lang={'en" onclick="x'} />
        <QuoteBlock text="Est-ce fini ?" lang="fr_FR" />
      </ContextScope>,
    );
    const [first, second] = Array.from(container.querySelectorAll('blockquote'));
    expect(first).not.toHaveAttribute('lang');
    expect(first?.textContent).toBe('“Ready? Yes”');
    expect(second).not.toHaveAttribute('lang');
    expect(second?.textContent).toBe('“Est-ce fini ?”');
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });

  it('keeps French marks and typography for a French quotation in English text', () => {
    const { container } = render(
      <ContextScope language="en-GB">
        <QuoteBlock text="Est-ce fini ?" lang="fr" />
      </ContextScope>,
    );
    expect(blockquoteOf(container).textContent).toBe(`«${NNBSP}Est-ce fini${NNBSP}?${NNBSP}»`);
    expect(blockquoteOf(container)).toHaveAttribute('lang', 'fr');
  });
});
