/**
 * Debian's Chromium and the flags it runs with, for the browser tests (playwright.config.ts) and the bench
 * alike. Browsers are never downloaded on these machines; without the background-networking flags Chromium
 * keeps trying to reach Google's hosts, which the closed network refuses.
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const chromiumFlags = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
