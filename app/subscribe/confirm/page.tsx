import type { Metadata } from "next";
import { cache } from "react";
import { pagePaths } from "@/lib/routes";
import { AppLink } from "@/components/app-link";
import { SubmitButton } from "@/components/forms/fields";
import { PageShell } from "@/components/forms/page-shell";
import { confirmLinkState, type ConfirmLinkState } from "@/lib/forms/confirm";
import { retention } from "@/lib/forms/retention";
import { shownAddress } from "@/lib/forms/shown-address";
import { inHours, ttl } from "@/lib/forms/tokens";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const text = {
  confirmed: ["You are subscribed", "Thank you for confirming. The next newsletter will reach you; every mail has a link to leave."],
  already: ["You were already subscribed", "This signup was confirmed before. Nothing changed."],
  missing: ["This signup no longer exists", "The address was unsubscribed or deleted. You can sign up again."],
  expired: ["This link has expired", `Confirmation links work for ${inHours(ttl.confirm)} hours. Sign up again and we will send a new one.`],
  invalid: ["This link is not valid", "It may have been cut short when it was copied. Open the link exactly as it is in the mail, or sign up again."],
  unavailable: ["We cannot check this link just now", "Our records cannot be reached for a moment. Nothing changed: open the link from the mail again in a few minutes."],
} as const;

/** The link's state, read once per request for the page and its title alike (React's cache). */
const linkState = cache((token: unknown) => confirmLinkState(typeof token === "string" ? token : undefined));

/** The heading and text for a link in `state` (not pending), after a POST that came back with `status`. */
function outcome(state: Exclude<ConfirmLinkState["state"], "pending">, status: unknown) {
  return text[state === "confirmed" ? (status === "confirmed" ? "confirmed" : "already") : state];
}

/** The tab says what the page says: "You are subscribed" after the button, not "Confirm your subscription" again. */
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { token, status } = await searchParams;
  const link = await linkState(token);
  return { title: link.state === "pending" ? "Confirm your subscription" : outcome(link.state, status)[0], robots: { index: false } };
}

/**
 * Double opt-in, second step. Opening the link changes nothing: mail scanners and link previews open every
 * link a mail holds, and that is not the reader's consent. The reader confirms with the button, a plain POST
 * (/api/subscribe/confirm) that comes back here with the outcome.
 */
export default async function ConfirmPage({ searchParams }: Props) {
  const { token, status } = await searchParams;
  const link = await linkState(token);
  if (link.state === "pending") {
    return (
      <PageShell withoutFooterSignup eyebrow="Newsletter" title="Confirm your subscription">
        <p>
          One click, and the AI Hiring Guide newsletter goes to <strong className="break-all">{shownAddress(link.email)}</strong>.
        </p>
        <form method="post" action="/api/subscribe/confirm">
          <input type="hidden" name="token" value={token} />
          <SubmitButton pendingLabel="Confirming…">Confirm my subscription</SubmitButton>
        </form>
        <p className="text-base text-fg-muted">
          Opening the link alone changes nothing, because some mail systems open every link they receive. Did not
          ask for this? Close the page: an unconfirmed signup is deleted after {retention.pendingSignupDays} days.
        </p>
      </PageShell>
    );
  }
  const [title, body] = outcome(link.state, status);
  const subscribed = link.state === "confirmed";
  return (
    <PageShell withoutFooterSignup eyebrow="Newsletter" title={title}>
      <p>{body}</p>
      {link.state !== "unavailable" && (
      <p>
        <AppLink className="font-semibold text-accent underline underline-offset-4" href={subscribed ? pagePaths.contents : pagePaths.subscribe}>
          {subscribed ? "Back to the guide" : "Sign up again"}
        </AppLink>
      </p>
      )}
    </PageShell>
  );
}
