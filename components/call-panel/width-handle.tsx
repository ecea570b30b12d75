import type { Signal } from '@preact/signals';
import { t } from '@/utils/shared/i18n';
import { PANEL_WIDTH } from './panel-width';

interface Props {
  width: Signal<number | null>;
  onChange: (width: number) => void;
}

/**
 * The panel's left edge, to drag or to move with the arrow keys: the panel
 * sits at the screen's right, so dragging left or pressing ← widens it.
 */
export function WidthHandle({ width, onChange }: Props) {
  const current = PANEL_WIDTH.clamp(width.value ?? PANEL_WIDTH.usual);
  const set = (next: number) => onChange(PANEL_WIDTH.clamp(next));
  const onKeyDown = (event: KeyboardEvent) => {
    const next = {
      ArrowLeft: current + PANEL_WIDTH.step,
      ArrowRight: current - PANEL_WIDTH.step,
      Home: PANEL_WIDTH.min,
      End: PANEL_WIDTH.max,
    }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    set(next);
  };
  const onPointerDown = (event: PointerEvent) => {
    const handle = event.currentTarget as HTMLElement;
    const startX = event.clientX;
    handle.setPointerCapture(event.pointerId);
    const move = (moved: PointerEvent) => {
      // Follows the pointer on screen; kept only when the mentor lets go.
      width.value = PANEL_WIDTH.clamp(current + startX - moved.clientX);
    };
    const up = () => {
      handle.removeEventListener('pointermove', move);
      set(width.value ?? current);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('lostpointercapture', up, { once: true });
  };
  return (
    <div
      class="width-handle"
      role="separator"
      tabIndex={0}
      aria-orientation="vertical"
      aria-label={t('panelWidth')}
      aria-valuemin={PANEL_WIDTH.min}
      aria-valuemax={PANEL_WIDTH.max}
      aria-valuenow={current}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
    />
  );
}
