import type { Block, Inline } from '../core/library';

/** Renders a compiled article body (data, never HTML). Links to other articles stay in the reader. */
export function ArticleBody({ blocks }: { blocks: readonly Block[] }) {
  return (
    <div class="article-body">
      <BodyBlocks blocks={blocks} />
    </div>
  );
}

/** The blocks of a body, as the reader and the handout show them. */
export function BodyBlocks({ blocks }: { blocks: readonly Block[] }) {
  return (
    <>
      {blocks.map((block, i) => {
        if (block.kind === 'heading') return block.level === 2 ? <h2 key={i}>{block.text}</h2> : <h3 key={i}>{block.text}</h3>;
        if (block.kind === 'paragraph')
          return (
            <p key={i}>
              <InlineText content={block.content} />
            </p>
          );
        return (
          <ul key={i}>
            {block.items.map((item, j) => (
              <li key={j}>
                <InlineText content={item} />
              </li>
            ))}
          </ul>
        );
      })}
    </>
  );
}

export function InlineText({ content }: { content: Inline[] }) {
  return (
    <>
      {content.map((part, i) => {
        if (part.kind === 'strong') return <strong key={i}>{part.text}</strong>;
        if (part.kind === 'em') return <em key={i}>{part.text}</em>;
        if (part.kind === 'article-link')
          return (
            <a key={i} href={`#${part.id}`}>
              {part.text}
            </a>
          );
        return part.text;
      })}
    </>
  );
}
