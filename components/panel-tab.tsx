import { useEffect, useRef } from 'preact/hooks';
import { t } from '../utils/i18n';

/** The folded panel: one button at the screen's edge, focused when it appears. */
export function PanelTab({ onOpen, focusOnMount }: { onOpen: () => void; focusOnMount: boolean }) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusOnMount) button.current?.focus();
  }, []);
  return (
    <button ref={button} type="button" class="panel-tab" aria-expanded="false" onClick={onOpen}>
      <span aria-hidden="true">{t('panelTitle')}</span>
      <span class="visually-hidden">{t('panelExpand')}</span>
    </button>
  );
}
