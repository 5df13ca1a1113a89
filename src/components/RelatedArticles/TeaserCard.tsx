import { type ImageLoader, responsiveSources } from '../../images';
import type { TitleRun } from '../../typography';
import type { HeadingLevel } from '../Section/headingLevel';
import { TitleText } from '../TitleText/TitleText';

/** A teaser checked and typeset, ready to render: every URL is safe, every text non-empty. */
export interface TeaserCardData {
  href: string;
  /** Typeset as a title, its short hyphenated compounds kept whole. */
  headline: TitleRun[];
  section?: string;
  standfirst?: TitleRun[];
  /**
   * The `datetime` attribute and the French words, present together or not at
   * all, with `lang="fr"` when the teasers are in another language.
   */
  date?: { dateTime: string; label: string; lang?: 'fr' };
  image?: { src: string; width: number; height: number };
}

interface TeaserCardProps {
  teaser: TeaserCardData;
  level: HeadingLevel;
  /** Builds the URLs of the image's `srcset`; without it the image has its one `src`. */
  imageLoader?: ImageLoader | undefined;
  /** `sizes` of the image in the block's layout. */
  sizes: string;
}

/** One teaser in "À lire aussi": a card whose headline link covers the whole card. */
function TeaserCard({ teaser, level, imageLoader, sizes }: TeaserCardProps) {
  const Headline = `h${level}` as const;
  const { href, headline, section, standfirst, date, image } = teaser;
  const responsive = image ? responsiveSources(image.src, image.width, sizes, imageLoader) : undefined;
  return (
    <li data-has-image={image ? '' : undefined}>
      {section ? <p data-part="kicker">{section}</p> : null}
      <Headline data-part="headline">
        <a href={href}>
          <TitleText runs={headline} />
        </a>
      </Headline>
      {standfirst ? (
        <p data-part="standfirst">
          <TitleText runs={standfirst} />
        </p>
      ) : null}
      {date ? (
        <p data-part="meta">
          <time dateTime={date.dateTime} lang={date.lang}>
            {date.label}
          </time>
        </p>
      ) : null}
      {image ? (
        // The image illustrates a headline that the link already names: an
        // alt text would make screen readers announce the same story twice
        // (or a photo caption unrelated to why the link is there), so it is
        // decorative. Width, height and lazy loading keep the page from
        // shifting while teaser images, always below the fold, arrive.
        <img
          src={responsive?.src ?? image.src}
          {...(responsive ? { srcSet: responsive.srcSet, sizes: responsive.sizes } : {})}
          width={image.width}
          height={image.height}
          alt=""
          loading="lazy"
          decoding="async"
        />
      ) : null}
    </li>
  );
}

export { TeaserCard };
