/**
 * The no-flash theme script (components/theme-script.tsx renders it in every page's <head>): applies the
 * reader's saved theme before first paint and marks that JavaScript runs, so `.js-only` controls appear.
 * Kept here, apart from the component, because the production server's page policy allows exactly this text
 * (lib/http/script-hashes.ts).
 */
export const themeScript = `(function(){var d=document.documentElement;d.setAttribute("data-js","");try{var t=localStorage.getItem("theme");if(t==="light"||t==="dark")d.setAttribute("data-theme",t)}catch(e){}})()`;
