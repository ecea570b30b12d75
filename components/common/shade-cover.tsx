import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '@/utils/shared/i18n';
import { BACK_IN, type PageShade } from './page-shade';

/**
 * A plain shade over a page's private parts while the screen may be on show: "Hidden while you
 * present", and one button to show them anyway (the shortcut does too). What it covers stays in
 * the page, hidden: nothing typed is lost, and it is back as it was when the shade lifts.
 */
export function ShadeCover({ shade, children }: { shade: PageShade; children: ComponentChildren }) {
  const shaded = shade.shaded.value;
  const content = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  // Read as the shade comes or goes, before the browser drops the focus of what it hides: the focus
  // in what the shade covers goes to its button, and from there back into the page when it lifts.
  const wasShaded = useRef(shaded);
  const moveFocus = useRef(false);
  if (shaded !== wasShaded.current) {
    wasShaded.current = shaded;
    const focused = document.activeElement;
    moveFocus.current = !!focused && (content.current?.contains(focused) || button.current === focused);
  }
  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    (shaded ? button.current : content.current?.querySelector<HTMLElement>(BACK_IN))?.focus();
  }, [shaded]);
  return (
    <>
      {shaded && (
        <section class="screen-shade" aria-labelledby="screen-shade-title" data-testid="screen-shade">
          <h2 id="screen-shade-title">{t('shadeTitle')}</h2>
          <p>{t('shadeHint')}</p>
          <button ref={button} type="button" class="secondary" onClick={() => void shade.show()}>
            {t('shadeShow')}
          </button>
        </section>
      )}
      <div ref={content} class="shade-covered" hidden={shaded || !shade.ready.value}>
        {children}
      </div>
    </>
  );
}
