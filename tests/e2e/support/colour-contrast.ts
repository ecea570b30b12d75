// Computed CSS colours, and the contrast between two of them as WCAG 2 measures it.

export interface Colour {
  r: number;
  g: number;
  b: number;
  /** Opacity, 0 to 1. */
  a: number;
}

/** `rgb(…)`/`rgba(…)` (commas or spaces), as getComputedStyle gives them; the first one in `css` (a box-shadow). */
export function parseColour(css: string): Colour {
  const found = /rgba?\(([^)]+)\)/.exec(css);
  if (!found) throw new Error(`no rgb() colour in "${css}"`);
  const [r, g, b, a = 1] = found[1]!
    .split(/[\s,/]+/)
    .filter(Boolean)
    .map(Number);
  return { r: r!, g: g!, b: b!, a };
}

export function relativeLuminance({ r, g, b }: Colour): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** From 1 (the same) to 21 (black on white). */
export function contrastRatio(one: Colour, other: Colour): number {
  const [light, dark] = [relativeLuminance(one), relativeLuminance(other)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}
