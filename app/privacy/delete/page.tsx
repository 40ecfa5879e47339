import type { Metadata } from "next";
import { AppLink } from "@/components/app-link";
import { DeletionRequestForm } from "@/components/forms/deletion-request-form";
import { FormEnhancer } from "@/components/forms/form-enhancer.client";
import { PageShell } from "@/components/forms/page-shell";
import { formPageMetadata, readDraft } from "@/lib/forms/drafts";
import { deletionRequestSchema } from "@/lib/forms/schemas";
import { inMinutes, ttl } from "@/lib/forms/tokens";
import { homeCardImage } from "@/lib/metadata";
import { pagePaths } from "@/lib/routes";

const meta = {
  title: "Get a link to delete your data",
  description: "Lost our mail? Enter your address, and if we hold anything for it we send a link that deletes it all.",
  path: pagePaths.privacyDelete,
  image: homeCardImage,
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return formPageMetadata(meta, deletionRequestSchema, "draft-leave", (await searchParams).draft);
}

/**
 * Where the privacy notice's deletion-link form comes back when the address has a mistake (the notice itself
 * stays a static page): the same form, the address as typed, the message beside it.
 */
export default async function DeletionRequestPage({ searchParams }: Props) {
  const draft = await readDraft(deletionRequestSchema, "draft-leave", (await searchParams).draft);
  return (
    <PageShell withoutFooterSignup eyebrow="Your data" title={meta.title}>
      <p>
        Enter the address our mails went to. If we hold anything for it, we send a link that deletes it all; this page
        answers the same either way, so no one can use it to find out who is on our list.
      </p>
      {draft.expired && <p role="status">That form was more than {inMinutes(ttl.draft)} minutes old, so we cleared it. Please fill it in again.</p>}
      <DeletionRequestForm idPrefix="delete" values={draft.values} errors={draft.errors} enhanced />
      <FormEnhancer formId="delete-form" />
      <p>
        <AppLink className="text-accent underline underline-offset-2" href={pagePaths.privacy}>Back to the privacy notice</AppLink>
      </p>
    </PageShell>
  );
}
