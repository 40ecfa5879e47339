import type { Metadata } from "next";
import type { ReactNode } from "react";
import { AppLink } from "@/components/app-link";
import { notFound } from "next/navigation";
import { PageShell } from "@/components/forms/page-shell";
import { referencePattern } from "@/lib/forms/handlers/consultation";
import { shownAddress } from "@/lib/forms/shown-address";
import { openForPage } from "@/lib/forms/tokens";
import { site } from "@/lib/site";
import { pagePaths } from "@/lib/routes";

const heading = "Thank you: your request is in";
// The tab says what the page says (a screen reader reads the title first).
export const metadata: Metadata = { title: heading, robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const linkClass = "font-semibold text-accent underline underline-offset-4";

/**
 * Result page after a consultation request. The reference is not personal data; anything else is a 404. The
 * address the reply goes to comes sealed (`t`, a day): shown, a mistyped one is seen while the reader can still
 * send the request again. Without it (the day has passed) the page says "the work email you gave".
 */
export default async function ConsultationSentPage({ searchParams }: Props) {
  const { ref, copy, t } = await searchParams;
  if (typeof ref !== "string" || !referencePattern.test(ref)) notFound();
  const opened = await openForPage<{ e: string }>("consultation-result", typeof t === "string" ? t : undefined, "consultation result page");
  const address: ReactNode = opened.ok ? <strong className="break-all">{shownAddress(opened.data.e)}</strong> : "the work email you gave";
  const again = (
    <AppLink className="text-accent underline underline-offset-2" href={pagePaths.consultation}>
      send the request again
    </AppLink>
  );
  return (
    <PageShell eyebrow={site.publisher} title={heading}>
      <p>
        Your reference is <strong className="font-mono">{ref}</strong>. Keep it for when the specialist writes; to add anything, answer their mail.
      </p>
      {copy === "refused" ? (
        <p>
          The mail server for {address} refused our receipt, so a specialist&apos;s reply may not reach it either. Check the address: if it
          is wrong, {again} with the right one.
        </p>
      ) : copy === "no" ? (
        <p>We could not send you a receipt just now, but your request is saved, and a specialist will reply to {address}.</p>
      ) : (
        <p>
          A receipt with this reference is on its way to {address}, and a specialist will reply to that address.
          {opened.ok && <> Not your address? Then {again} with the right one.</>}
        </p>
      )}
      <p>
        <AppLink className={linkClass} href={pagePaths.contents}>
          Back to the guide
        </AppLink>
      </p>
    </PageShell>
  );
}
