/**
 * Inline script placed in <head>: applies the reader's saved theme before first paint (no flash of the
 * wrong theme) and marks that JavaScript runs, so `.js-only` controls appear. With JavaScript off the
 * site simply follows the system theme through CSS.
 */
const script = `(function(){var d=document.documentElement;d.setAttribute("data-js","");try{var t=localStorage.getItem("theme");if(t==="light"||t==="dark")d.setAttribute("data-theme",t)}catch(e){}})()`;

/** The no-flash theme script. Render once, in the root layout's <head>. */
export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
