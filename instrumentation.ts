/**
 * Next calls register() once when a server starts. It says in the log where mail goes, what the forms use, and
 * which form settings cannot be used as given (lib/forms/settings.ts), and opens the form store and runs its migrations
 * (lib/store: openStoreAtStart), so the operator learns at start, not from the first reader's signup, whether
 * signups can be stored and confirmed; then it deletes form data past its retention period, at once and every
 * hour. Not while `next build` prerenders: a build never touches the database.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const [{ openStoreAtStart }, { mailServerCheck, mailSetup }, { formSettingsLine, formSettingsWarnings }, { keepRetentionPeriods }] = await Promise.all([
    import("./lib/store"),
    import("./lib/mail/transport"),
    import("./lib/forms/settings"),
    import("./lib/forms/rate-limit"),
  ]);
  const mail = mailSetup();
  if (mail.ok) console.log(mail.line);
  else console.warn(mail.line);
  // Not awaited either: a mail server that does not answer takes up to 10 s to say so.
  void mailServerCheck().then((check) => check && (check.ok ? console.log(check.line) : console.warn(check.line)));
  console.log(formSettingsLine());
  for (const warning of formSettingsWarnings()) console.warn(warning);
  // Not awaited: an unreachable database must not hold the server back from serving pages. Then the data past
  // its retention period goes, now and every hour (not only when a form is sent).
  void openStoreAtStart().then(keepRetentionPeriods);
}
