/**
 * Figures the site may show that do not come from the salary data (lib/data/salary-bands.ts, which the
 * figure scan allows on its own). Each entry is a phrase as readers see it, with where it comes from.
 * The figure scan (tests/unit/figures.test.ts, tests/e2e/figures.spec.ts) fails on any other digit,
 * currency amount or percentage in chapters, lib data and page text.
 *
 * `shownOn` names the pages that show the phrase: elsewhere its figure needs a source of its own (a form's
 * "15 minutes" is no sourced figure in a chapter). Only what the site's own frame shows on any page goes without.
 *
 * A `{placeholder}` stands for values read from the site's own data, never for any number. Placeholders in
 * one phrase come from the same chapter: {order} its `order`, {navTitle} its menu title, {minutes} its
 * reading time, {date} its `updated` date; {date} alone also covers a salary source's `asOf` date. Dates
 * match as YYYY-MM-DD or as shown ("17 April 2026").
 *
 * IMPORTANT: add an entry only with its source. A statistic needs a seed line, or a public source and
 * the date it was true.
 */
export const rawFigureAllowList: unknown[] = [
  {
    phrase: "top 1%",
    source: "Seed line 203, on the very best AI Architects and Software Engineers: hard to find, but they exist (source page last edited 17 April 2026)",
    shownOn: ["/contact"],
  },
  { phrase: "Chapter {order}", source: "Chapter numbers on the home page and chapter pages: each chapter's `order` frontmatter" },
  { phrase: "{order} {navTitle}", source: "The numbered chapter list in the header menu and sidebar: each chapter's `order` and menu title" },
  { phrase: "{minutes} min read", source: "Reading time: the chapter's word count at 230 words a minute (lib/content/load.ts)" },
  { phrase: "{date}", source: "Dates: a chapter's `updated` frontmatter (\"Last updated\"), or a salary source's `asOf` date" },
  {
    phrase: "by 7 June 2026",
    source: "Directive (EU) 2023/970 on pay transparency, Article 34: EU countries bring its rules into force by 7 June 2026 (EUR-Lex, https://eur-lex.europa.eu/eli/dir/2023/970/oj; a fixed date in the law, as of its adoption on 10 May 2023)",
    shownOn: ["/sourcing-and-cost"],
  },
  { phrase: "404", source: "The HTTP status shown on the not-found page (app/not-found.tsx)" },
  // The forms' own rules, shown where they apply; policy set in lib/forms/tokens.ts (`ttl`) and
  // lib/forms/retention.ts, not statistics. Pages render them from those constants.
  { phrase: "15 minutes", source: "Lifetime of a form's typed values brought back after a mistake: `ttl.draft` in lib/forms/tokens.ts", shownOn: ["/subscribe", "/consultation", "/privacy"] },
  { phrase: "48 hours", source: "Lifetime of a newsletter confirmation link: `ttl.confirm` in lib/forms/tokens.ts", shownOn: ["/subscribe"] },
  { phrase: "5 minutes", source: "How long a pending signup waits before the confirmation mail can be sent again: `resendIntervalMs` in lib/forms/handlers/subscribe.ts", shownOn: ["/subscribe"] },
  { phrase: "24 hours", source: "Lifetime of the \"check your inbox\" page's address: `ttl.signupResult` in lib/forms/tokens.ts", shownOn: ["/subscribe"] },
  { phrase: "30 days", source: "Unconfirmed signups are deleted after this: `retention.pendingSignupDays` in lib/forms/retention.ts", shownOn: ["/subscribe", "/privacy"] },
  { phrase: "2 years", source: "Consultation requests are kept at most this long: `retention.consultationDays` in lib/forms/retention.ts", shownOn: ["/privacy"] },
  // The consultation form's team-size choices (lib/forms/fields.ts `teamSizeOptions`): buckets a reader picks, not statistics.
  { phrase: "1–10 people", source: "A team-size choice on the consultation form: `teamSizeOptions` in lib/forms/fields.ts", shownOn: ["/consultation", "/admin"] },
  { phrase: "11–50 people", source: "A team-size choice on the consultation form: `teamSizeOptions` in lib/forms/fields.ts", shownOn: ["/consultation", "/admin"] },
  { phrase: "51–200 people", source: "A team-size choice on the consultation form: `teamSizeOptions` in lib/forms/fields.ts", shownOn: ["/consultation", "/admin"] },
  { phrase: "201–1,000 people", source: "A team-size choice on the consultation form: `teamSizeOptions` in lib/forms/fields.ts", shownOn: ["/consultation", "/admin"] },
  { phrase: "More than 1,000 people", source: "A team-size choice on the consultation form: `teamSizeOptions` in lib/forms/fields.ts", shownOn: ["/consultation", "/admin"] },
  { phrase: "at most 2,000 characters", source: "The consultation message's length limit: `maxLength.message` in lib/forms/fields.ts", shownOn: ["/consultation"] },
  { phrase: "Within 3 months", source: "A timeline choice on the consultation form: `timelineOptions` in lib/forms/fields.ts", shownOn: ["/consultation", "/admin"] },
  { phrase: "In 3 to 6 months", source: "A timeline choice on the consultation form: `timelineOptions` in lib/forms/fields.ts", shownOn: ["/consultation", "/admin"] },
];
