import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '@/utils/shared/i18n';
import type { PageShade } from './page-shade';

/** Where the focus goes back into the page: where the page says work starts, or its first control. */
const BACK_IN = '[data-focus-home], button:not(:disabled), a[href], input, textarea, select';

/**
 * A plain shade over a page's private parts while the screen may be on show: "Hidden while you
 * present", and one button to show them anyway (the shortcut does too). What it covers stays in
 * the page, hidden: nothing typed is lost, and it is back as it was when the shade lifts.
 */
export function ShadeCover({ shade, children }: { shade: PageShade; children: ComponentChildren }) {
  const shaded = shade.shaded.value;
  const content = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  // The focus in what the shade hides would be lost to the page's body: it goes to the shade's button,
  // and from there back into the page when the shade lifts.
  const focusBack = useRef(false);
  useEffect(() => {
    if (shaded && content.current?.contains(document.activeElement)) button.current?.focus();
    if (!shaded && focusBack.current) content.current?.querySelector<HTMLElement>(BACK_IN)?.focus();
    focusBack.current = false;
  }, [shaded]);
  return (
    <>
      {shaded && (
        <section class="screen-shade" aria-labelledby="screen-shade-title" data-testid="screen-shade">
          <h2 id="screen-shade-title">{t('shadeTitle')}</h2>
          <p>{t('shadeHint')}</p>
          <button ref={button} type="button" class="secondary" onClick={() => {
              focusBack.current = true;
              void shade.show();
            }}>
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
