import type * as React from 'react';
import type { Block, ImageAsset, Inline, RichText } from '../../src/model';
import { manchette } from '../built.ts';
import {
  bareQuotation,
  CLOSE_QUOTE,
  firstChar,
  lastChar,
  OPEN_QUOTE,
  plainTexts,
  typesetInContext,
} from './text.ts';

const { createSlugger, frenchTypography } = manchette;

function renderNodes(
  nodes: readonly Inline[],
  prefix: string,
  before: string,
  after: string,
): React.ReactNode[] {
  const texts = plainTexts(nodes);
  return nodes.map((node, index) => {
    const left = index > 0 ? lastChar(texts[index - 1] ?? '') : before;
    const right = index < nodes.length - 1 ? firstChar(texts[index + 1] ?? '') : after;
    const key = `${prefix}.${index}`;
    if (typeof node === 'string') return typesetInContext(node, left, right);
    const children = renderNodes(node.children, key, left, right);
    switch (node.type) {
      case 'emphasis':
        return <em key={key}>{children}</em>;
      case 'strong':
        return <strong key={key}>{children}</strong>;
      case 'link':
        return (
          <a key={key} href={node.href}>
            {children}
          </a>
        );
      case 'foreign':
        return (
          <span key={key} lang={node.lang}>
            {children}
          </span>
        );
      default:
        return null;
    }
  });
}

export function BaselineRichText({ value }: { value: RichText }) {
  if (typeof value === 'string') return <>{frenchTypography(value)}</>;
  return <>{renderNodes(value, 'n', '', '')}</>;
}

function BaselineQuote({ block }: { block: Extract<Block, { type: 'quote' }> }) {
  const { attribution } = block;
  return (
    <figure className="m-quote" data-variant="block">
      <blockquote cite={block.cite} lang={block.lang}>
        <p>
          <span aria-hidden="true" data-quotation-mark="open">
            {OPEN_QUOTE}
          </span>
          {frenchTypography(bareQuotation(block.text))}
          <span aria-hidden="true" data-quotation-mark="close">
            {CLOSE_QUOTE}
          </span>
        </p>
      </blockquote>
      {attribution ? (
        <figcaption>
          <cite>{attribution.name}</cite>
          {attribution.role ? `, ${frenchTypography(attribution.role)}` : null}
        </figcaption>
      ) : null}
    </figure>
  );
}

export function BaselineFigure({ image, lead }: { image: ImageAsset; lead: boolean }) {
  return (
    <figure data-part="figure" data-lead={lead ? '' : undefined}>
      <img
        src={image.src}
        width={image.width}
        height={image.height}
        alt={image.alt}
        decoding="async"
        {...(lead ? { fetchPriority: 'high' as const } : { loading: 'lazy' as const })}
      />
      {image.caption || image.credit ? (
        <figcaption>
          {image.caption ? <span>{frenchTypography(image.caption)}</span> : null}
          {image.caption && image.credit ? ' ' : null}
          {image.credit ? <small>{frenchTypography(image.credit)}</small> : null}
        </figcaption>
      ) : null}
    </figure>
  );
}

/** The article body: the same elements as the library's, typeset the same way, with fixed class names on the styled roots. */
export function BaselineBlocks({ blocks }: { blocks: readonly Block[] }) {
  // Ids the data gives are reserved before any slug is made, as in the library.
  const slugger = createSlugger();
  for (const block of blocks) if (block.type === 'subheading' && block.id) slugger.reserve(block.id);
  return (
    <>
      {blocks.map((block, index) => {
        const key = `${index}`;
        switch (block.type) {
          case 'paragraph':
            return (
              <p key={key}>
                <BaselineRichText value={block.text} />
              </p>
            );
          case 'subheading': {
            const id = block.id ?? slugger.slug(block.text);
            return (
              <div key={key} className="m-subheading" data-permalink="">
                <h2 className="m-subheading__heading" id={id} data-level={2} data-size="lg">
                  {frenchTypography(block.text)}
                </h2>
                {/* biome-ignore lint/a11y/useAnchorContent: aria-label names the link, the visible # is decoration. */}
                <a
                  href={`#${id}`}
                  aria-label={frenchTypography(`Lien permanent vers la section « ${block.text} »`)}
                >
                  <span aria-hidden="true">#</span>
                </a>
              </div>
            );
          }
          case 'quote':
            return <BaselineQuote key={key} block={block} />;
          case 'image':
            return <BaselineFigure key={key} image={block.image} lead={false} />;
          case 'list': {
            const List = block.ordered ? 'ol' : 'ul';
            return (
              <List key={key}>
                {block.items.map((item, itemIndex) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: list items are plain text in a fixed order.
                  <li key={itemIndex}>
                    <BaselineRichText value={item} />
                  </li>
                ))}
              </List>
            );
          }
          default:
            return null;
        }
      })}
    </>
  );
}
