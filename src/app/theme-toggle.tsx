import { setTheme, useTheme } from '../lib/theme.ts';

/** Switches between light and dark; the page starts from prefers-color-scheme. */
export function ThemeToggle() {
  const theme = useTheme();
  return (
    <button
      type="button"
      className="btn"
      aria-pressed={theme === 'dark'}
      onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')}
    >
      <span aria-hidden="true">{theme === 'dark' ? '☾' : '☀'}</span> Dark mode
    </button>
  );
}
