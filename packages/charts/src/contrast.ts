/**
 * WCAG 2.1 contrast ratio between two sRGB colours (`#rrggbb`), after the definition of relative
 * luminance in WCAG 2.1, success criterion 1.4.3 (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio).
 * @example contrastRatio('#595959', '#ffffff') // about 7.0
 */
export function contrastRatio(a: string, b: string): number {
  const la = luminance(a);
  const lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * Relative luminance of a `#rrggbb` colour.
 * @throws Error when the colour is not `#rrggbb`.
 * @example luminance('#ffffff') // => 1
 */
export function luminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => {
    const c = Number.parseInt(h ?? '0', 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
