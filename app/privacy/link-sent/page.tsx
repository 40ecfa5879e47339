import type { Metadata } from "next";
import { AppLink } from "@/components/app-link";
import { PageShell } from "@/components/forms/page-shell";
import { pagePaths } from "@/lib/routes";

export const metadata: Metadata = { title: "Check your inbox", robots: { index: false } };

export default function LinkSentPage() {
  return (
    <PageShell withoutFooterSignup title="Check your inbox">
      <p>If we hold anything for that address, a mail with a link to delete it is on its way there.</p>
      <p>
        <AppLink className="font-semibold text-accent underline underline-offset-4" href={pagePaths.privacy}>Back to the privacy notice</AppLink>
      </p>
    </PageShell>
  );
}
