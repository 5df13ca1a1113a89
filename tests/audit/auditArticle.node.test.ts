import { describe, expect, it } from 'vitest';
import { type AuditFinding, auditArticle } from '../../src/audit';
import type { Article, Block, SiteConfig } from '../../src/model';
import { countWords } from '../../src/text';

const site: SiteConfig = {
  name: 'Le Quotidien',
  url: 'https://www.example.fr',
  logo: { src: '/logo.png', width: 600, height: 60 },
  titleTemplate: '%s | Le Quotidien',
};

const paragraph = (text: string): Block => ({ type: 'paragraph', text });

const P = [
  'Le conseil municipal de Lyon a adopté lundi soir, après plus de six heures de débats, un budget de 1,2 milliard d’euros pour l’année 2025. La majorité écologiste défend un texte qui augmente les investissements dans les écoles, les transports en commun et la rénovation des logements sociaux, tout en contenant la hausse des dépenses de fonctionnement.',
  'Le maire, Grégory Doucet, a rappelé que la ville devait faire face à la hausse des prix de l’énergie et à la baisse des dotations de l’État. Selon l’adjoint aux finances, la dette de la commune restera stable sur la durée du mandat, malgré un programme d’investissement qualifié d’historique par la majorité municipale.',
  'Les services de la ville ont détaillé les principaux postes de dépenses : près de 180 millions d’euros pour les écoles et les crèches, 95 millions pour les mobilités et 60 millions pour la végétalisation des cours d’école et des places. Les associations sportives et culturelles voient leurs subventions maintenues au niveau de l’an dernier.',
  'Dans l’opposition, les élus de droite et du centre dénoncent un budget « insincère » qui reposerait sur des recettes surestimées. Ils reprochent à la majorité de financer ses projets par une hausse de la taxe foncière votée l’an dernier et réclament un audit indépendant des finances de la ville avant la fin du premier semestre.',
  'Les élus de gauche non écologistes ont voté le texte tout en demandant davantage de moyens pour le logement d’urgence. Plusieurs associations de quartier, présentes dans le public, ont salué l’effort consenti pour les écoles mais regretté l’absence de nouveaux équipements sportifs dans les arrondissements du nord de la ville.',
  'Le budget sera exécuté à partir du 1er janvier. Une délibération modificative est déjà prévue au printemps pour tenir compte des arbitrages de la loi de finances, qui pourraient réduire encore les recettes de la commune. Le prochain conseil municipal se tiendra à la fin du mois de janvier, à l’hôtel de ville.',
] as const;

function cleanArticle(): Article {
  return {
    url: 'https://www.example.fr/lyon/2024/12/16/lyon-adopte-un-budget-en-hausse',
    headline: 'Lyon adopte un budget en hausse pour 2025',
    standfirst:
      'Le conseil municipal a voté lundi un budget de 1,2 milliard d’euros, en hausse de 4 %, malgré l’opposition de la droite.',
    description:
      'Lyon adopte un budget de 1,2 milliard d’euros pour 2025, porté par les écoles et les transports, malgré les critiques de l’opposition.',
    section: { name: 'Lyon', url: '/lyon' },
    tags: ['Lyon', 'budget'],
    datePublished: '2024-12-16T22:10:00+01:00',
    dateModified: '2024-12-17T09:00:00+01:00',
    authors: [{ name: 'Camille Roussel', url: 'https://www.example.fr/auteurs/camille-roussel' }],
    image: {
      src: '/images/lyon-conseil-municipal.jpg',
      width: 1600,
      height: 900,
      alt: 'Les élus du conseil municipal de Lyon votent le budget dans la salle du conseil de l’hôtel de ville',
      credit: '© Le Quotidien',
    },
    body: [
      paragraph(P[0]),
      paragraph(P[1]),
      paragraph(P[2]),
      { type: 'subheading', text: 'Les critiques de l’opposition' },
      paragraph(P[3]),
      {
        type: 'quote',
        text: 'Ce budget repose sur des recettes qui n’existent pas',
        attribution: { name: 'Pierre Oliver', role: 'président du groupe Droite, centre et indépendants' },
      },
      {
        type: 'paragraph',
        text: [P[4].slice(0, 40), { type: 'link', href: '/lyon/logement', children: [P[4].slice(40)] }],
      },
      paragraph(P[5]),
    ],
    source: { name: 'AFP', url: 'https://www.afp.com' },
  };
}

const codes = (findings: AuditFinding[]) => findings.map((finding) => finding.code);
const audit = (change: (article: Article) => void, options = {}) => {
  const article = cleanArticle();
  change(article);
  return auditArticle(article, site, options);
};

describe('auditArticle', () => {
  it('finds nothing wrong with a clean article', () => {
    const article = cleanArticle();
    expect(countWords(article)).toBeGreaterThan(300);
    expect(auditArticle(article, site)).toEqual([]);
    expect(auditArticle(article)).toEqual([]);
  });

  it('requires an absolute http(s) canonical URL', () => {
    expect(audit((a) => (a.url = ''))).toEqual([
      expect.objectContaining({ code: 'url-missing', severity: 'error', field: 'url' }),
    ]);
    expect(codes(audit((a) => (a.url = 'javascript:alert(1)')))).toEqual(['url-invalid']);
    expect(codes(audit((a) => (a.url = '/lyon/budget')))).toEqual(['url-invalid']);
  });

  it('measures the headline as Google does, at 110 characters', () => {
    const exactly110 = 'Lyon adopte '.padEnd(110, 'x');
    expect(codes(audit((a) => (a.headline = exactly110), { maxTitleLength: 200 }))).toEqual([]);
    const findings = audit((a) => (a.headline = `${exactly110}y`), { maxTitleLength: 200 });
    expect(findings).toEqual([
      {
        code: 'headline-too-long',
        severity: 'warning',
        field: 'headline',
        message: expect.stringContaining('111 caractères'),
      },
    ]);
    expect(codes(audit((a) => (a.headline = '  ')))).toEqual(['headline-missing']);
  });

  it('measures a headline as the page prints it: French spacing in French only', () => {
    // 110 characters as typed; French typography adds a space before each "?" and ":".
    const typed = 'Is NATO ready? Yes: '.padEnd(110, 'x');
    expect(typed.length).toBe(110);
    const english = (a: Article) => {
      a.headline = typed;
      a.language = 'en-GB';
    };
    expect(codes(audit(english, { maxTitleLength: 200 }))).toEqual([]);
    expect(codes(audit((a) => (a.headline = typed), { maxTitleLength: 200 }))).toEqual(['headline-too-long']);
  });

  it('measures the page title with the site’s title template', () => {
    // 58 characters alone, 73 once the template adds " | Le Quotidien".
    const headline = 'Lyon adopte un budget en hausse pour 2025 malgré la droite';
    expect(headline.length).toBe(58);
    const withSite = auditArticle({ ...cleanArticle(), headline }, site);
    expect(withSite).toEqual([
      expect.objectContaining({
        code: 'title-too-long',
        field: 'headline',
        message: expect.stringContaining('73 caractères'),
      }),
    ]);
    expect(auditArticle({ ...cleanArticle(), headline })).toEqual([]);
  });

  it('checks the description, the standfirst standing in for it', () => {
    expect(
      audit((a) => {
        delete a.description;
        delete a.standfirst;
      }),
    ).toEqual([
      expect.objectContaining({ code: 'description-missing', severity: 'warning', field: 'description' }),
    ]);
    // The advice follows the configured lengths.
    const advice = audit(
      (a) => {
        delete a.description;
        delete a.standfirst;
      },
      { minDescriptionLength: 70, maxDescriptionLength: 155 },
    );
    expect(advice.find((finding) => finding.code === 'description-missing')?.message).toContain(
      'de 70 à 155 caractères',
    );
    expect(audit((a) => (a.description = 'Budget voté.'))).toEqual([
      expect.objectContaining({ code: 'description-too-short', field: 'description' }),
    ]);
    expect(audit((a) => (a.description = `${P[0].slice(0, 170)}.`))).toEqual([
      expect.objectContaining({ code: 'description-too-long', field: 'description' }),
    ]);
    // Without a description, the standfirst is the description.
    expect(codes(audit((a) => delete a.description))).toEqual([]);
    expect(
      audit((a) => {
        delete a.description;
        a.standfirst = P[1];
      }),
    ).toEqual([expect.objectContaining({ code: 'description-too-long', field: 'standfirst' })]);
  });

  it('flags a thin article, with a configurable minimum', () => {
    const short = (a: Article) => {
      a.body = [paragraph(P[0]), paragraph(P[1])];
    };
    expect(audit(short)).toEqual([
      expect.objectContaining({
        code: 'too-few-words',
        severity: 'warning',
        field: 'body',
        message: expect.stringMatching(/\d+ mots/),
      }),
    ]);
    expect(audit(short, { minWords: 100 })).toEqual([]);
    // An unusable threshold falls back to the default of 300 words.
    for (const minWords of [Number.NaN, 0, -5]) {
      expect(codes(audit(short, { minWords }))).toEqual(['too-few-words']);
    }
  });

  it('asks for subheadings in a long text and flags long runs without one', () => {
    const withoutSubheading = audit((a) => {
      a.body = a.body.filter((block) => block.type !== 'subheading');
    });
    expect(withoutSubheading).toEqual([
      expect.objectContaining({ code: 'subheading-missing', field: 'body' }),
    ]);

    // 278 words run on after the subheading.
    const longRunBody = (a: Article) => {
      a.body = [paragraph(P[0]), { type: 'subheading', text: 'Les chiffres' }, ...P.slice(1).map(paragraph)];
    };
    expect(audit(longRunBody, { maxWordsWithoutSubheading: 250 })).toEqual([
      expect.objectContaining({
        code: 'section-too-long',
        severity: 'info',
        field: 'body.2',
        message: expect.stringContaining('278 mots'),
      }),
    ]);
    expect(audit(longRunBody)).toEqual([]);
  });

  it('checks the heading outline', () => {
    const withBody = (body: Block[]) =>
      audit(
        (a) => {
          a.body = body;
        },
        { minWords: 1 },
      );
    const [a, b, c] = [paragraph(P[0]), paragraph(P[1]), paragraph(P[2])];
    expect(withBody([a, { type: 'subheading', text: ' ' }, b])).toEqual([
      expect.objectContaining({ code: 'subheading-empty', severity: 'error', field: 'body.1' }),
    ]);
    expect(
      withBody([
        a,
        { type: 'subheading', text: 'Les réactions' },
        b,
        { type: 'subheading', text: 'Les Réactions !' },
        c,
      ]),
    ).toEqual([
      expect.objectContaining({
        code: 'subheading-duplicate',
        field: 'body.3',
        message: expect.stringContaining('#les-reactions'),
      }),
    ]);
    expect(
      withBody([
        a,
        { type: 'subheading', text: 'Avant', id: 'suite' },
        b,
        { type: 'subheading', text: 'Après', id: 'suite' },
        c,
      ]),
    ).toEqual([
      expect.objectContaining({ code: 'subheading-id-duplicate', severity: 'error', field: 'body.3' }),
    ]);
    expect(
      withBody([a, { type: 'subheading', text: 'Avant' }, { type: 'subheading', text: 'Après' }, b]),
    ).toEqual([expect.objectContaining({ code: 'subheadings-adjacent', field: 'body.1' })]);
    expect(withBody([a, b, { type: 'subheading', text: 'Et ensuite' }])).toEqual([
      expect.objectContaining({ code: 'subheading-at-end', field: 'body.2' }),
    ]);
  });

  it('flags quotations without a speaker, and empty ones', () => {
    expect(
      audit((a) => {
        a.body[5] = { type: 'quote', text: 'Ce budget repose sur des recettes qui n’existent pas' };
      }),
    ).toEqual([
      expect.objectContaining({ code: 'quote-without-attribution', severity: 'warning', field: 'body.5' }),
    ]);
    expect(
      audit((a) => {
        a.body[5] = { type: 'quote', text: '« »', attribution: { name: 'Pierre Oliver' } };
      }),
    ).toEqual([expect.objectContaining({ code: 'quote-empty', severity: 'error', field: 'body.5' })]);
  });

  it('quotes a text inside its message the French way: narrow no-break spaces, “ ” for inner guillemets', () => {
    const [finding] = audit((a) => {
      a.body[5] = { type: 'quote', text: '« Nous restons inébranlables »' };
    });
    expect(finding?.message).toContain('«\u202F“Nous restons inébranlables”\u202F»');
    expect(finding?.message).not.toMatch(/»\s*»/);
    // No guillemet can stand alone at a line end: the space inside it does not break.
    expect(finding?.message).not.toMatch(/« | »/);
  });

  it('flags a speaker whose name is blank or only control characters, as the page leaves both out', () => {
    for (const name of [' \u00A0 ', '\u0007\u0000\u001B']) {
      expect(
        audit((a) => {
          a.body[5] = {
            type: 'quote',
            text: 'Ce budget repose sur des recettes qui n’existent pas',
            attribution: { name, role: 'député' },
          };
        }),
      ).toEqual([expect.objectContaining({ code: 'quote-without-attribution', field: 'body.5' })]);
    }
  });

  it('checks the lead image: missing, narrow, without alt text, unsafe, without size', () => {
    expect(audit((a) => delete a.image)).toEqual([
      expect.objectContaining({ code: 'image-missing', field: 'image' }),
    ]);
    const change = (patch: object) =>
      audit((a) => {
        a.image = { ...(a.image as NonNullable<Article['image']>), ...patch };
      });
    expect(change({ width: 800, height: 450 })).toEqual([
      expect.objectContaining({
        code: 'image-too-narrow',
        field: 'image.width',
        message: expect.stringContaining('800 px'),
      }),
    ]);
    expect(change({ width: 1200, height: 675 })).toEqual([]);
    expect(change({ alt: '' })).toEqual([
      expect.objectContaining({ code: 'image-alt-missing', field: 'image.alt' }),
    ]);
    expect(change({ src: 'javascript:alert(1)' })).toEqual([
      expect.objectContaining({ code: 'image-src-unsafe', severity: 'error', field: 'image.src' }),
    ]);
    expect(change({ width: 0 })).toEqual([
      expect.objectContaining({ code: 'image-size-invalid', field: 'image' }),
    ]);
  });

  it('judges image sizes as the page does: a fraction that rounds to whole pixels is fine', () => {
    const change = (patch: object) =>
      audit((a) => {
        a.image = { ...(a.image as NonNullable<Article['image']>), ...patch };
      });
    expect(change({ width: 1199.6, height: 674.6 })).toEqual([]);
    // Measured after rounding, as the page and og:image:width write it.
    expect(change({ width: 799.6, height: 449.6 })).toEqual([
      expect.objectContaining({
        code: 'image-too-narrow',
        field: 'image.width',
        message: expect.stringContaining('800 px'),
      }),
    ]);
    for (const [width, height] of [
      [0.4, 449.6],
      [1e21, 600],
      [Number.NaN, 450],
      [-800, 450],
    ]) {
      expect(change({ width, height })).toEqual([
        expect.objectContaining({
          code: 'image-size-invalid',
          severity: 'error',
          field: 'image',
          message: expect.stringContaining('ne donneront que son adresse, sans dimensions'),
        }),
      ]);
    }
    const body = audit((a) => {
      a.body.splice(2, 0, {
        type: 'image',
        image: { src: '/images/carte.png', width: 0.4, height: 480.4, alt: 'Carte' },
      });
    });
    expect(body).toEqual([
      expect.objectContaining({
        code: 'image-size-invalid',
        field: 'body.2.image',
        message: expect.stringMatching(/elle ne sera pas affichée\.$/),
      }),
    ]);
  });

  it('checks images in the body for alt text, not for width', () => {
    const findings = audit((a) => {
      a.body.splice(2, 0, {
        type: 'image',
        image: { src: '/images/carte.png', width: 640, height: 480, alt: '' },
      });
    });
    expect(findings).toEqual([
      expect.objectContaining({ code: 'image-alt-missing', field: 'body.2.image.alt' }),
    ]);
  });

  it('checks the dates', () => {
    expect(audit((a) => (a.datePublished = ''))).toEqual([
      expect.objectContaining({ code: 'date-published-missing', severity: 'error', field: 'datePublished' }),
    ]);
    expect(codes(audit((a) => (a.datePublished = '16/12/2024 22:10')))).toEqual(['date-published-invalid']);
    expect(codes(audit((a) => (a.datePublished = '2024-02-30T10:00:00+01:00')))).toEqual([
      'date-published-invalid',
    ]);
    expect(audit((a) => (a.datePublished = '2024-12-16T22:10:00'))).toEqual([
      expect.objectContaining({ code: 'date-published-no-timezone', severity: 'error' }),
    ]);
    // A calendar date alone is a valid day (schema.org's Date): said, not refused.
    expect(audit((a) => (a.dateModified = '2024-12-17'))).toEqual([
      expect.objectContaining({
        code: 'date-modified-day-only',
        severity: 'info',
        field: 'dateModified',
      }),
    ]);
    expect(audit((a) => (a.datePublished = '2024-12-16'))).toEqual([
      expect.objectContaining({ code: 'date-published-day-only', severity: 'info', field: 'datePublished' }),
    ]);
    expect(codes(audit((a) => (a.datePublished = '2024-02-30')))).toEqual(['date-published-invalid']);
    expect(audit((a) => (a.dateModified = '2024-12-17T08:00'))).toEqual([
      expect.objectContaining({ code: 'date-modified-no-timezone', severity: 'warning' }),
    ]);
    expect(codes(audit((a) => (a.dateModified = 'hier')))).toEqual(['date-modified-invalid']);
    expect(audit((a) => (a.dateModified = '2024-12-16T20:00:00Z'))).toEqual([
      expect.objectContaining({
        code: 'date-modified-before-published',
        severity: 'error',
        field: 'dateModified',
      }),
    ]);
    // The same instant written in another zone is not "before".
    expect(audit((a) => (a.dateModified = '2024-12-16T21:10:00Z'))).toEqual([]);
  });

  it('refuses link URLs that are neither http(s) nor relative', () => {
    expect(
      audit((a) => {
        a.body[0] = {
          type: 'paragraph',
          text: [
            'Voir ',
            {
              type: 'emphasis',
              children: [{ type: 'link', href: 'javascript:alert(1)', children: ['ici'] }],
            },
          ],
        };
      }),
    ).toEqual([
      expect.objectContaining({
        code: 'link-unsafe',
        severity: 'error',
        field: 'body.0.text.1.children.0.href',
      }),
    ]);
    const fields = (change: (article: Article) => void) =>
      audit(change)
        .filter((finding) => finding.code === 'link-unsafe')
        .map((finding) => finding.field);
    expect(fields((a) => (a.authors = [{ name: 'Camille Roussel', url: 'javascript:alert(1)' }]))).toEqual([
      'authors.0.url',
    ]);
    expect(
      fields((a) => (a.section = { name: 'Lyon', url: 'data:text/html,<script>alert(1)</script>' })),
    ).toEqual(['section.url']);
    expect(fields((a) => (a.source = { name: 'AFP', url: 'vbscript:msgbox(1)' }))).toEqual(['source.url']);
    expect(
      fields((a) => {
        a.body[5] = {
          type: 'quote',
          text: 'Ce budget repose sur du vent',
          attribution: { name: 'Pierre Oliver' },
          cite: 'javascript:x',
        };
      }),
    ).toEqual(['body.5.cite']);
    expect(
      fields((a) => {
        a.body.push({
          type: 'list',
          items: ['Écoles', [{ type: 'link', href: ' javascript:alert(1)', children: ['Crèches'] }]],
        });
      }),
    ).toEqual(['body.8.items.1.0.href']);
  });

  it('flags empty paragraphs and lists', () => {
    expect(
      audit((a) => {
        a.body.splice(1, 0, { type: 'paragraph', text: '  ' }, { type: 'paragraph', text: [] });
      }),
    ).toEqual([
      expect.objectContaining({ code: 'paragraph-empty', field: 'body.1' }),
      expect.objectContaining({ code: 'paragraph-empty', field: 'body.2' }),
    ]);
    expect(
      audit((a) => {
        a.body.push({ type: 'list', items: [] }, { type: 'list', items: ['Écoles', ' '] });
      }).map((finding) => [finding.code, finding.field]),
    ).toEqual([
      ['list-empty', 'body.8'],
      ['list-empty', 'body.9.items.1'],
    ]);
  });

  it('notes an unsigned article', () => {
    expect(audit((a) => delete a.authors)).toEqual([
      expect.objectContaining({ code: 'author-missing', severity: 'info', field: 'authors' }),
    ]);
  });

  it('speaks French to the editor', () => {
    const findings = auditArticle(
      { url: '', headline: '', datePublished: '', body: [{ type: 'paragraph', text: '' }] },
      site,
    );
    expect(findings.length).toBeGreaterThan(5);
    for (const finding of findings) {
      expect(finding.message).toMatch(/[éèàêç’]|\b(?:le|la|les|de|du|un|une)\b/);
      expect(finding.message).not.toMatch(/\b(?:the|is not|missing)\b/);
    }
  });

  it('never throws on malformed data', () => {
    const malformed = [
      null,
      undefined,
      {},
      { headline: 42, body: 'texte' },
      {
        body: [
          null,
          42,
          { type: 'paragraph' },
          { type: 'quote' },
          { type: 'list' },
          { type: 'image' },
          { type: 'subheading' },
        ],
      },
      { image: { src: 42 }, authors: [null, { url: 42 }], section: { url: 0 }, dateModified: 12 },
    ];
    for (const article of malformed) {
      expect(() => auditArticle(article as unknown as Article, site)).not.toThrow();
      expect(() =>
        auditArticle(article as unknown as Article, undefined, { minWords: Number.NaN }),
      ).not.toThrow();
    }
    expect(codes(auditArticle(null as unknown as Article))).toEqual(['headline-missing']);
  });
});

describe('auditArticle: corrections', () => {
  const withCorrections = (corrections: unknown) =>
    auditArticle({ ...cleanArticle(), corrections } as Article, site);

  it('finds nothing in dated corrections with text, made after publication', () => {
    expect(
      withCorrections([
        { date: '2024-12-17T10:00:00+01:00', text: 'Le montant du budget était erroné.' },
        { date: '2024-12-16', text: 'Le nom de l’adjoint était mal orthographié.' },
      ]),
    ).toEqual([]);
  });

  it('flags a correction dated before publication, one without text and one without a date', () => {
    const findings = withCorrections([
      { date: '2024-12-16T20:00:00+01:00', text: 'Daté avant la publication.' },
      { date: '2024-12-17', text: ' ' },
      { date: '17/12/2024', text: 'Date illisible.' },
    ]);
    expect(findings.map(({ code, severity, field }) => ({ code, severity, field }))).toEqual([
      { code: 'correction-before-published', severity: 'error', field: 'corrections.0.date' },
      { code: 'correction-text-missing', severity: 'error', field: 'corrections.1.text' },
      { code: 'correction-date-invalid', severity: 'error', field: 'corrections.2.date' },
    ]);
    expect(findings[0]?.message).toContain('avant la publication');
    expect(findings[2]?.message).toContain('«\u202F17/12/2024\u202F»');
  });
});
