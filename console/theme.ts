import { applyAppearance, type ThemeChoice } from '../ui/appearance.ts';

/** The console's theme is a choice of this browser (a shared desk may have one dark screen): light, dark or the system's. */
const KEY = 'kefu.console.theme';
let stop = () => {};

export function savedTheme(): ThemeChoice {
  const value = localStorage.getItem(KEY);
  return value === 'light' || value === 'dark' ? value : 'system';
}

/** Applies the theme (Kefu's own blue as the brand), and remembers it when given. */
export function applyTheme(theme?: ThemeChoice): void {
  if (theme === 'system') localStorage.removeItem(KEY);
  else if (theme) localStorage.setItem(KEY, theme);
  stop();
  stop = applyAppearance(null, savedTheme());
}
