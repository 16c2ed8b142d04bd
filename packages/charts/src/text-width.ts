/**
 * Text width estimates for layout without a DOM (the render modules are pure, so they cannot
 * measure). Widths per character are averages for common sans-serif faces (Arial/Helvetica/DejaVu
 * Sans advance widths in em); an estimate that errs wide keeps labels from touching.
 */

const NARROW = /[ .,:;'!|il1()[\]\u202f\u00a0]/;
const WIDE = /[MWmw@%–—]/;

/**
 * Estimated rendered width in px of `text` at `fontSize` px.
 * @example estimateTextWidth('10,000', 12) // about 38
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    if (NARROW.test(ch)) em += 0.32;
    else if (WIDE.test(ch)) em += 0.9;
    else if (ch >= 'A' && ch <= 'Z') em += 0.68;
    else em += 0.58;
  }
  return em * fontSize;
}

/** Bold (600–700) text is about this much wider than regular text. */
export const BOLD_FACTOR = 1.15;

/**
 * Splits `text` into lines no wider than `maxWidth` px (greedy, at spaces). A single word longer
 * than the line stays whole on its own line. `widthFactor` widens the estimate (e.g. `BOLD_FACTOR`).
 * @example wrapText('predicted monthly battle deaths', 11, 110) // => ['predicted monthly', 'battle deaths']
 */
export function wrapText(text: string, fontSize: number, maxWidth: number, widthFactor = 1): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    const next = line ? `${line} ${w}` : w;
    if (line && estimateTextWidth(next, fontSize) * widthFactor > maxWidth) {
      lines.push(line);
      line = w;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}
