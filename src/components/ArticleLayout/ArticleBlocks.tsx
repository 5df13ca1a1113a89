import { useMemo } from 'react';
import { warnOnce } from '../../dev';
import type { Attribution, Block } from '../../model';
import { isBlank, nonBlankText } from '../../text';
import { safeUrl } from '../../url';
import { QuoteBlock } from '../QuoteBlock';
import { isLanguageTag, RichText } from '../RichText';
import { Subheading } from '../Subheading';
import { ArticleFigure } from './ArticleFigure';
import { subheadingIds } from './blockIds';

const hasText = (value: unknown): boolean =>
  (typeof value === 'string' && !isBlank(value)) || (Array.isArray(value) && value.length > 0);

// A role alone says nothing about who spoke: an attribution without a name
// (blank, or nothing but control characters, which the page would not show)
// is left out whole.
function usableAttribution(attribution: Attribution | undefined, index: number): Attribution | undefined {
  if (attribution === null || typeof attribution !== 'object') return undefined;
  const name = nonBlankText(attribution.name);
  if (name === undefined) {
    if (process.env.NODE_ENV !== 'production') {
      warnOnce(`body block ${index} is a quote whose attribution has no name; the attribution is left out.`);
    }
    return undefined;
  }
  return typeof attribution.role === 'string' ? { name, role: attribution.role } : { name };
}

export interface ArticleBlocksProps {
  blocks: readonly Block[];
  /** Whether subheadings show a permalink anchor. */
  permalinks: boolean;
}

/** The body blocks, in reading order; a block the renderer cannot use is left out, with a warning. */
export function ArticleBlocks({ blocks, permalinks }: ArticleBlocksProps) {
  const ids = useMemo(() => subheadingIds(blocks), [blocks]);
  return (
    <>
      {blocks.map((block, index) => {
        // Blocks have no ids of their own and keep their order for the life of the page.
        const key = `${index}`;
        if (block === null || typeof block !== 'object') {
          if (process.env.NODE_ENV !== 'production') {
            warnOnce(`body block ${index} is not an object and is skipped.`);
          }
          return null;
        }
        switch (block.type) {
          case 'paragraph':
            if (!hasText(block.text)) return null;
            return (
              <p key={key}>
                <RichText value={block.text} />
              </p>
            );
          case 'subheading': {
            const id = ids.get(index);
            if (id === undefined) {
              if (process.env.NODE_ENV !== 'production') {
                warnOnce(`body block ${index} is a subheading without text and is skipped.`);
              }
              return null;
            }
            return (
              <Subheading key={key} id={id} permalink={permalinks}>
                {block.text}
              </Subheading>
            );
          }
          case 'quote':
            if (!hasText(block.text)) {
              if (process.env.NODE_ENV !== 'production') {
                warnOnce(`body block ${index} is a quote without text and is skipped.`);
              }
              return null;
            }
            return (
              <QuoteBlock
                key={key}
                text={block.text}
                attribution={usableAttribution(block.attribution, index)}
                cite={safeUrl(block.cite) || undefined}
                lang={isLanguageTag(block.lang) ? block.lang : undefined}
              />
            );
          case 'image':
            return <ArticleFigure key={key} image={block.image} />;
          case 'list': {
            const items = Array.isArray(block.items) ? block.items.filter(hasText) : [];
            if (items.length === 0) return null;
            const List = block.ordered === true ? 'ol' : 'ul';
            return (
              <List key={key}>
                {items.map((item, itemIndex) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: list items are plain text in a fixed order.
                  <li key={itemIndex}>
                    <RichText value={item} />
                  </li>
                ))}
              </List>
            );
          }
          default:
            if (process.env.NODE_ENV !== 'production') {
              warnOnce(
                `body block ${index} has the unknown type "${String((block as { type?: unknown }).type)}" and is skipped.`,
              );
            }
            return null;
        }
      })}
    </>
  );
}
