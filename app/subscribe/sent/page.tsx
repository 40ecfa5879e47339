import type { Metadata } from "next";
import { cache } from "react";
import { AppLink } from "@/components/app-link";
import { BackToChapter } from "@/components/forms/back-to-chapter";
import { PageShell } from "@/components/forms/page-shell";
import { resendIntervalMs, type SignupResult, type SignupState } from "@/lib/forms/handlers/subscribe";
import { inHours, inMinutes, openForPage, ttl } from "@/lib/forms/tokens";
import { returnPath } from "@/lib/forms/fields";
import { retention } from "@/lib/forms/retention";
import { shownAddress } from "@/lib/forms/shown-address";
import { pagePaths } from "@/lib/routes";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// The same words whether or not the address was on the list already: the page must not tell a stranger who
// is subscribed. The mail tells the address's owner (see lib/forms/handlers/subscribe.ts).
// `again`: the line above "Send the mail again", where the state offers it; it follows on from `text`.
const copy: Record<SignupState, { title: string; text: string; resend: boolean; again?: string }> = {
  sent: {
    title: "Check your inbox",
    text: `We sent a mail to EMAIL. If the address is new to the list, it holds a link: open it and press the button there to confirm your subscription (it works for ${inHours(ttl.confirm)} hours). If you are subscribed already, it says so, and nothing changes.`,
    resend: true,
    again: "No mail after a few minutes? Check the spam folder, then ask for it again.",
  },
  wait: {
    title: "Check your inbox",
    text: `A mail to EMAIL went out a short while ago. Give it a few minutes (and check the spam folder) before asking again: we send one at most every ${inMinutes(resendIntervalMs)} minutes.`,
    resend: true,
    again: "Still no mail once that time has passed? Ask for it again here.",
  },
  capped: {
    title: "Your signup is saved, but no mail went out",
    text: "EMAIL has had as many mails from this site as we send one address in an hour. Ask for the mail again later.",
    resend: true,
    again: "Later, ask for the mail again here.",
  },
  "mail-failed": {
    title: "Your signup is saved, but the mail did not go out",
    text: "We could not send the mail to EMAIL just now. Wait a minute, then press the button below (or sign up again).",
    resend: true,
    again: "When you are ready, ask for the mail again.",
  },
  missing: { title: "We could not find that signup", text: "EMAIL is not signed up (it may have been unsubscribed). You can sign up again.", resend: false },
};

const expiredTitle = "This page has expired";
const unavailableTitle = "We cannot show this page just now";

/**
 * The signup the page's `t` names, null once it has expired, or "unavailable" while the key to read it cannot be
 * had (the form store is down); opened once per request, for the page and its title.
 */
const signupResult = cache(async (t: unknown) => {
  const opened = await openForPage<SignupResult>("signup-result", typeof t === "string" ? t : undefined, "signup result page");
  if (!opened.ok && opened.reason === "unavailable") return "unavailable" as const;
  return opened.ok && opened.data.s in copy ? opened.data : null;
});

/** The tab says what the page says: not "Check your inbox" over "the mail did not go out" or an expired page. */
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const result = await signupResult((await searchParams).t);
  return { title: result === "unavailable" ? unavailableTitle : result ? copy[result.s].title : expiredTitle, robots: { index: false } };
}

export default async function SignupSentPage({ searchParams }: Props) {
  const t = (await searchParams).t;
  const result = await signupResult(t);
  if (result === "unavailable") {
    return (
      <PageShell withoutFooterSignup title={unavailableTitle}>
        <p>Our records cannot be reached for a moment. Nothing changed: reload this page in a few minutes.</p>
      </PageShell>
    );
  }
  if (!result) {
    return (
      <PageShell withoutFooterSignup title={expiredTitle}>
        <p>
          It is only kept for {inHours(ttl.signupResult)} hours. <AppLink className="text-accent underline underline-offset-2" href={pagePaths.subscribe}>Sign up again</AppLink>; if you are already signed up, nothing changes.
        </p>
      </PageShell>
    );
  }
  const { e: email, s: state, f: from } = result;
  const entry = copy[state];
  const [before, after] = entry.text.split("EMAIL");
  return (
    <PageShell withoutFooterSignup eyebrow="Newsletter" title={entry.title}>
      <p>
        {before}
        <strong className="break-all">{shownAddress(email)}</strong>
        {after}
      </p>
      {entry.resend && (
        <form method="post" action="/api/subscribe/resend" className="rounded-lg border border-border p-4 text-base">
          <input type="hidden" name="t" value={typeof t === "string" ? t : ""} />
          <p>{entry.again}</p>
          <button type="submit" className="mt-3 rounded-lg border border-border-strong px-4 py-2 font-semibold hover:border-accent">
            Send the mail again
          </button>
        </form>
      )}
      {state === "missing" && (
        <p>
          <AppLink className="text-accent underline underline-offset-2" href={pagePaths.subscribe}>Sign up</AppLink>
        </p>
      )}
      <p className="text-base text-fg-muted">
        Wrong address? <AppLink className="text-accent underline underline-offset-2" href={pagePaths.subscribe}>Sign up with another one</AppLink>; an unconfirmed signup is deleted after {retention.pendingSignupDays} days.
      </p>
      {/* The way on: to the chapter signed up from (Back may lead to /subscribe, after a mistake), else the guide. */}
      <BackToChapter from={returnPath(from)} orGuide />
    </PageShell>
  );
}
