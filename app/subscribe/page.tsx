import type { Metadata } from "next";
import { AppLink } from "@/components/app-link";
import { BackToChapter } from "@/components/forms/back-to-chapter";
import { FormEnhancer } from "@/components/forms/form-enhancer.client";
import { PageShell } from "@/components/forms/page-shell";
import { SignupForm } from "@/components/forms/signup-form";
import { subscribeSchema } from "@/lib/forms/schemas";
import { newsletterSummary } from "@/lib/forms/fields";
import { homeCardImage } from "@/lib/metadata";
import { formPageMetadata, readDraft } from "@/lib/forms/drafts";
import { inMinutes, ttl } from "@/lib/forms/tokens";
import { pagePaths } from "@/lib/routes";

const meta = {
  title: "Subscribe to the AI Hiring Guide newsletter",
  description: "Get news from the AI Hiring Guide and AI People Agency by email. Confirm with one link; leave with one click.",
  path: "/subscribe",
  image: homeCardImage,
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return formPageMetadata(meta, subscribeSchema, "draft-subscribe", (await searchParams).draft);
}

export default async function SubscribePage({ searchParams }: Props) {
  const draft = await readDraft(subscribeSchema, "draft-subscribe", (await searchParams).draft);
  return (
    <PageShell withoutFooterSignup eyebrow="Newsletter" title="Subscribe to the newsletter">
      <p className="text-fg-muted">
        {newsletterSummary} We send you one mail to confirm your address; nothing else arrives until you open its
        link. Every mail has a link to leave with one click. See the{" "}
        <AppLink className="text-accent underline underline-offset-2" href={pagePaths.privacy}>privacy notice</AppLink> for what we keep.
      </p>
      {draft.expired && <p role="status">That form was more than {inMinutes(ttl.draft)} minutes old, so we cleared it. Please fill it in again.</p>}
      <SignupForm idPrefix="subscribe" values={draft.values} errors={draft.errors} enhanced from={draft.from} />
      <FormEnhancer formId="subscribe-form" />
      {/* Sent from a chapter's signup box with a mistake: the chapter is one link away, signed up or not. */}
      <BackToChapter from={draft.from} />
    </PageShell>
  );
}
