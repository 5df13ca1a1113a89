import type { ImageLoader } from '../../images';
import { QuoteBlockContent } from '../QuoteBlock/QuoteBlock';
import { RichText } from '../RichText/RichText';
import type { HeadingLevel } from '../Section/headingLevel';
import { SubheadingContent } from '../Subheading/Subheading';
import { ArticleFigure } from './ArticleFigure';
import type { PlannedBlock } from './articlePlan';

export interface ArticleBlocksProps {
  /** The blocks that render, checked and with their ids (`planBlocks`). */
  blocks: readonly PlannedBlock[];
  /** Level of the body's subheadings. */
  level: HeadingLevel;
  /** The article's language. */
  language: string;
  /** Whether subheadings show a permalink anchor. */
  permalinks: boolean;
  /** Builds the URLs of the images' `srcset`. */
  imageLoader?: ImageLoader | undefined;
}

/** The body blocks, in reading order, from the article's plan: no hook, no context. */
export function ArticleBlocks({ blocks, level, language, permalinks, imageLoader }: ArticleBlocksProps) {
  return (
    <>
      {blocks.map((block) => {
        // Blocks have no ids of their own and keep their order for the life of the page.
        const key = `${block.index}`;
        switch (block.type) {
          case 'paragraph':
            return (
              <p key={key}>
                <RichText value={block.text} lang={language} />
              </p>
            );
          case 'subheading':
            return (
              <SubheadingContent
                key={key}
                id={block.id}
                level={level}
                languageAround={language}
                permalink={permalinks}
              >
                {block.text}
              </SubheadingContent>
            );
          case 'quote':
            return (
              <QuoteBlockContent
                key={key}
                text={block.text}
                attribution={block.attribution}
                cite={block.cite}
                lang={block.lang}
                languageAround={language}
              />
            );
          case 'image':
            return (
              <ArticleFigure key={key} image={block.image} language={language} imageLoader={imageLoader} />
            );
          case 'list': {
            const List = block.ordered ? 'ol' : 'ul';
            return (
              <List key={key}>
                {block.items.map((item, itemIndex) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: list items are plain text in a fixed order.
                  <li key={itemIndex}>
                    <RichText value={item} lang={language} />
                  </li>
                ))}
              </List>
            );
          }
          default:
            // planBlocks keeps only the types above.
            return null;
        }
      })}
    </>
  );
}
