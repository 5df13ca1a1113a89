import { typographyFor } from '../../typography';
import { frenchPartLang } from '../RichText/language';
import type { PlannedCorrection } from './articlePlan';
import { Label } from './Label';
import type { ArticleLayoutLabels } from './labels';

export interface ArticleCorrectionsProps {
  /** The corrections that render (`planCorrections`). */
  corrections: readonly PlannedCorrection[];
  labels: ArticleLayoutLabels;
  /** The article's language. */
  language: string | undefined;
}

/**
 * « Rectificatif du 4 avril 2024 : … », one dated notice per correction, in
 * a region named « Rectificatifs » so that assistive technologies list it
 * among the page's landmarks; nothing when there is no correction.
 */
export function ArticleCorrections({ corrections, labels, language }: ArticleCorrectionsProps) {
  if (corrections.length === 0) return null;
  const typeset = typographyFor(language);
  const dateLang = frenchPartLang(language);
  return (
    // Styled from the article's root (ArticleLayout.styles), as its other parts.
    <section data-part="corrections" aria-label={labels.corrections}>
      {corrections.map((correction, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: corrections are plain data in a fixed order.
        <p key={index} data-correction="">
          <strong>
            <Label labels={labels} name="correction" language={language} />{' '}
            <time dateTime={correction.dateTime} lang={dateLang}>
              {correction.day}
            </time>
            {/* French spacing: a no-break space before the colon. */}
            {'\u00a0:'}
          </strong>{' '}
          {typeset(correction.text)}
        </p>
      ))}
    </section>
  );
}
