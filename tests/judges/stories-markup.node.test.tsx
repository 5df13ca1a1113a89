/// <reference types="vite/client" />
import { composeStories, setProjectAnnotations } from '@storybook/react-vite';
import { HtmlValidate } from 'html-validate';
import type { ComponentType } from 'react';
import preview from '../../.storybook/preview';
import { HTML_VALIDATE_CONFIG } from '../support/html-validate';
import { packageVersion, recordQuality, trackOutcome } from '../support/quality';
import { renderOnServer } from '../support/server';

/**
 * Every story's markup, rendered on the server as Storybook composes it (the
 * preview's decorators included), in a document shell, through html-validate's
 * recommended preset: the states designers review are valid HTML too, not
 * only the five seed pages.
 */

const outcome = trackOutcome();

// Two rules judge the stories' own chrome, not the library: stories lay themselves out with inline styles
// (widths, grids of examples), which the library's markup never carries (the property tests check it on every
// render); and the search preview's JSON-LD is a scrollable <pre> made a focusable, labelled region so that
// keyboard users can scroll it, which a <section> cannot do without losing the preformatting.
const validator = new HtmlValidate({
  ...HTML_VALIDATE_CONFIG,
  rules: {
    ...HTML_VALIDATE_CONFIG.rules,
    'no-inline-style': 'off',
    'prefer-native-element': ['error', { exclude: ['region'] }],
  },
});

setProjectAnnotations(preview);

type StoryModule = Parameters<typeof composeStories>[0];

const modules = import.meta.glob<StoryModule>('../../stories/**/*.stories.tsx', { eager: true });
const stories = Object.entries(modules).flatMap(([file, module]) =>
  Object.entries(composeStories(module)).map(([name, Story]) => ({
    id: `${file.replace(/^.*\/stories\//, '').replace(/\.stories\.tsx$/, '')} › ${name}`,
    Story: Story as ComponentType,
  })),
);

// React 19 hoists <title>, <meta> and <link> into <head> in the browser, but a server render of a fragment
// leaves them where the component is (SeoHead's tags through react-helmet-async): move them to the head, as
// the browser does, before judging. React escapes "<" and ">" in attribute values and text.
const HOISTED = /<title>[^<]*<\/title>|<meta [^>]*\/>|<link [^>]*\/>/g;

function documentFor(id: string, html: string, css: string): string {
  const hoisted = html.match(HOISTED) ?? [];
  const body = html.replace(HOISTED, '');
  const title = hoisted.some((tag) => tag.startsWith('<title>'))
    ? ''
    : `<title>${id.replace(/[<&]/g, ' ')}</title>`;
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"/>${title}${hoisted.join('')}${css}</head><body><div id="storybook-root">${body}</div></body></html>`;
}

let checked = 0;
let errors = 0;

it('finds the stories', () => {
  expect(stories.length).toBeGreaterThan(40);
});

it('reports invalid markup in a story’s document, the two rules set aside notwithstanding (it really checks)', async () => {
  const html = '<img src="/images/a.jpg"/><p id="x">Un</p><p id="x">Deux</p><p style="color:red">Trois</p>';
  const report = await validator.validateString(documentFor('contrôle', html, ''), 'controle.html');
  const rules = report.results.flatMap((result) => result.messages.map((message) => message.ruleId));
  expect(rules).toEqual(expect.arrayContaining(['wcag/h37', 'no-dup-id']));
  expect(rules).not.toContain('no-inline-style');
});

it.each(stories.map(({ id, Story }) => [id, Story] as const))('%s renders valid HTML', async (id, Story) => {
  const { html, css } = renderOnServer(<Story />);
  const report = await validator.validateString(documentFor(id, html, css), `${id}.html`);
  const problems = report.results.flatMap((result) =>
    result.messages.map((message) => `[${message.ruleId}] ${message.message} (${message.selector ?? ''})`),
  );
  checked += 1;
  errors += problems.length;
  expect(problems).toEqual([]);
});

afterAll(() => {
  recordQuality({
    judge: 'stories',
    tool: `html-validate ${packageVersion('html-validate')} (recommended preset)`,
    passed: outcome.passed,
    figures: [
      { label: 'stories rendered and validated', value: checked },
      { label: 'errors', value: errors },
    ],
  });
});
