import type { Metadata } from "next";
import { AppLink } from "@/components/app-link";
import { PageShell } from "@/components/forms/page-shell";
import { pagePaths } from "@/lib/routes";

export const metadata: Metadata = { title: "Your data is deleted", robots: { index: false } };

export default function DeletedPage() {
  return (
    <PageShell withoutFooterSignup title="Your data is deleted">
      <p>We no longer hold your newsletter signup or any consultation request sent with your address.</p>
      <p>
        <AppLink className="font-semibold text-accent underline underline-offset-4" href={pagePaths.contents}>Back to the guide</AppLink>
      </p>
    </PageShell>
  );
}
