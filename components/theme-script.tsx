import { themeScript } from "@/lib/theme-script";

/**
 * Inline script placed in <head>: applies the reader's saved theme before first paint (no flash of the
 * wrong theme) and marks that JavaScript runs, so `.js-only` controls appear. With JavaScript off the
 * site simply follows the system theme through CSS. Its text lives in lib/theme-script.ts: the page
 * policy of the production server allows exactly it.
 */
export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: themeScript }} />;
}
