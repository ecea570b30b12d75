import type { ComponentChildren } from 'preact';
import type { Language } from '@/utils/shared/i18n';
import { type Block, type Inline, readMarkdownBlocks } from '@/components/common/markdown-blocks';

function Inlines({ inlines }: { inlines: Inline[] }) {
  return (
    <>
      {inlines.map((inline, index) => {
        if (inline.kind === 'strong') return <strong key={index}>{inline.text}</strong>;
        if (inline.kind === 'code') return <code key={index}>{inline.text}</code>;
        if (inline.kind === 'link')
          return (
            <a key={index} href={inline.href} target="_blank" rel="noreferrer">
              {inline.text}
            </a>
          );
        return inline.text;
      })}
    </>
  );
}

function BlockView({ block }: { block: Block }): ComponentChildren {
  if (block.kind === 'heading')
    return block.level === 1 ? (
      <h1>
        <Inlines inlines={block.inlines} />
      </h1>
    ) : (
      <h2>
        <Inlines inlines={block.inlines} />
      </h2>
    );
  if (block.kind === 'list')
    return (
      <ul>
        {block.items.map((item, index) => (
          <li key={index}>
            <Inlines inlines={item} />
          </li>
        ))}
      </ul>
    );
  return (
    <p>
      <Inlines inlines={block.inlines} />
    </p>
  );
}

/**
 * Cadence's privacy page, the same text as docs/privacy.md (and its French), shipped with the
 * extension so the mentor reads what the installed version does, offline.
 */
export function PrivacyPage({ language, texts }: { language: Language; texts: Record<Language, string> }) {
  const blocks = readMarkdownBlocks(texts[language]);
  return (
    <main class="page" lang={language}>
      {blocks.map((block, index) => (
        <BlockView key={index} block={block} />
      ))}
    </main>
  );
}
