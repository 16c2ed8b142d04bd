/** Colour theme: follow the system, or force light or dark. Kept in localStorage (a preference, not page state). */
export type ThemeChoice = 'auto' | 'light' | 'dark';
const KEY = 'peacepanel-theme';

/**
 * Reads the stored theme choice.
 * @example // types-only: needs a browser page (`window`)
 * readTheme(window.localStorage) // => 'auto'
 */
export function readTheme(storage: Pick<Storage, 'getItem'>): ThemeChoice {
  const v = storage.getItem(KEY);
  return v === 'light' || v === 'dark' ? v : 'auto';
}

/**
 * Applies and stores a theme choice (`data-theme` on <html>; `auto` removes it).
 * @example // types-only: needs a browser page (`document`)
 * applyTheme(document.documentElement, localStorage, 'dark')
 */
export function applyTheme(root: HTMLElement, storage: Pick<Storage, 'setItem'>, theme: ThemeChoice): void {
  if (theme === 'auto') root.removeAttribute('data-theme');
  else root.dataset.theme = theme;
  storage.setItem(KEY, theme);
  root.dispatchEvent(new CustomEvent<ThemeChoice>(THEME_EVENT, { detail: theme }));
}

/** Fired on <html> when the visitor changes the theme (charts that draw their own colours follow it). */
export const THEME_EVENT = 'peacepanel-theme';

/**
 * The theme actually shown: the choice, or the system's when `auto`.
 * @example // types-only: needs a browser page (`window`)
 * effectiveTheme('auto', window) // 'dark' on a dark system
 */
export function effectiveTheme(theme: ThemeChoice, win: Pick<Window, 'matchMedia'>): 'light' | 'dark' {
  if (theme !== 'auto') return theme;
  return win.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
