import type { Metadata } from "next";
import { AppLink } from "@/components/app-link";
import { PageShell } from "@/components/forms/page-shell";
import { confirmSignup } from "@/lib/forms/confirm";
import { inHours, ttl } from "@/lib/forms/tokens";

export const metadata: Metadata = { title: "Confirm your subscription", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const text = {
  confirmed: ["You are subscribed", "Thank you for confirming. The next newsletter will reach you; every mail has a link to leave."],
  already: ["You were already subscribed", "This link was used before. Nothing changed."],
  missing: ["This signup no longer exists", "The address was unsubscribed or deleted. You can sign up again."],
  expired: ["This link has expired", `Confirmation links work for ${inHours(ttl.confirm)} hours. Sign up again and we will send a new one.`],
  invalid: ["This link is not valid", "It may have been cut short when it was copied. Open the link exactly as it is in the mail, or sign up again."],
} as const;

/** Double opt-in: opening the link confirms. Idempotent, so a mail scanner opening it first does no harm. */
export default async function ConfirmPage({ searchParams }: Props) {
  const token = (await searchParams).token;
  const outcome = await confirmSignup(typeof token === "string" ? token : undefined);
  const [title, body] = text[outcome];
  return (
    <PageShell eyebrow="Newsletter" title={title}>
      <p>{body}</p>
      <p>
        <AppLink className="font-semibold text-accent underline underline-offset-4" href={outcome === "confirmed" || outcome === "already" ? "/#chapters" : "/subscribe"}>
          {outcome === "confirmed" || outcome === "already" ? "Back to the guide" : "Sign up again"}
        </AppLink>
      </p>
    </PageShell>
  );
}
