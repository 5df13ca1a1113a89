import { hydrateRoot } from 'react-dom/client';
import { judgedPages } from '../support/judged-pages';
import { type HydrationReport, HydrationTree } from './hydration-tree';

/**
 * The browser side of the hydration judge, bundled with Vite: finds the page
 * named by `<html data-page>`, and hydrates its server markup with the same
 * props. `data-mismatch` makes the client render a different headline, for the
 * control page that proves a mismatch is noticed.
 */
const report: HydrationReport = { hydrated: false, recoverableErrors: [] };
Object.assign(window, { manchetteHydration: report });

const root = document.documentElement;
const page = judgedPages().find((candidate) => candidate.id === root.dataset.page);
const container = document.getElementById('root');
if (!page || !container) throw new Error(`No judged page "${root.dataset.page}" or no #root container`);

const props =
  root.dataset.mismatch === undefined
    ? page
    : { ...page, article: { ...page.article, headline: `${page.article.headline} (côté client)` } };

hydrateRoot(container, <HydrationTree page={props} />, {
  onRecoverableError(error) {
    report.recoverableErrors.push(error instanceof Error ? error.message : String(error));
  },
});
