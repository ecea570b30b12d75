import { useEffect, useId, useState } from 'preact/hooks';
import { t } from '@/utils/shared/i18n';
import { download } from '@/components/common/download';

interface Props {
  /** The summary as Markdown, exactly as it is copied, saved and sent. */
  markdown: string;
  fileName: string;
}

/** The handoff for the new mentor, as the Markdown that goes with the request, to copy or save. */
export function HandoffSummary({ markdown, fileName }: Props) {
  const id = useId();
  const [status, setStatus] = useState('');
  // "Copied" no longer holds once the text changes under it.
  useEffect(() => setStatus(''), [markdown]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(markdown);
      setStatus(t('handoffCopied'));
    } catch {
      setStatus(t('handoffCopyFailed'));
    }
  };
  return (
    <section class="handoff-summary" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('handoffHeading')}</h3>
      <p id={`${id}-hint`} class="hint">
        {t('handoffHint')}
      </p>
      {/* Focusable so that a keyboard can scroll it. */}
      <pre class="handoff-preview" tabIndex={0} aria-describedby={`${id}-hint`} dir="auto">
        {markdown}
      </pre>
      <div class="actions">
        <button type="button" class="secondary" onClick={() => void copy()}>
          {t('handoffCopy')}
        </button>
        <button
          type="button"
          class="secondary"
          onClick={() => {
            download(markdown, fileName, 'text/markdown');
            setStatus(t('handoffSaved', fileName));
          }}
        >
          {t('handoffSave')}
        </button>
      </div>
      <p class="hint" role="status">
        {status}
      </p>
    </section>
  );
}
