import type { Metadata } from "next";
import { AppLink } from "@/components/app-link";
import { ConsultationForm } from "@/components/forms/consultation-form";
import { FormEnhancer } from "@/components/forms/form-enhancer.client";
import { PageShell } from "@/components/forms/page-shell";
import { roleOptions } from "@/lib/forms/fields";
import { consultationSchema } from "@/lib/forms/schemas";
import { homeCardImage } from "@/lib/metadata";
import { site } from "@/lib/site";
import { formPageMetadata, readDraft } from "@/lib/forms/drafts";
import { inMinutes, ttl } from "@/lib/forms/tokens";
import { pagePaths } from "@/lib/routes";

const meta = {
  title: "Request a confidential consultation",
  description: `Ask ${site.publisher} for a confidential consultation about hiring AI Architects and Software Engineers. Tell us the role; we reply by email.`,
  path: "/consultation",
  image: homeCardImage,
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return formPageMetadata(meta, consultationSchema, "draft-consultation", (await searchParams).draft);
}

export default async function ConsultationPage({ searchParams }: Props) {
  const params = await searchParams;
  const draft = await readDraft(consultationSchema, "draft-consultation", params.draft);
  // A link may choose the role ("?role=fractional-architect" from the planner); anything else is ignored.
  const role = roleOptions.find((option) => option.value === params.role)?.value;
  return (
    <PageShell eyebrow={site.publisher} title="Request a confidential consultation">
      <p className="text-fg-muted">
        Tell us about the role and your team, and a specialist replies by email. Every field is required. We use what you
        send only to answer you; the <AppLink className="text-accent underline underline-offset-2" href={pagePaths.privacy}>privacy notice</AppLink> says
        how long we keep it and how to delete it.
      </p>
      {draft.expired && <p role="status">That form was more than {inMinutes(ttl.draft)} minutes old, so we cleared it. Please fill it in again.</p>}
      <div className="text-base">
        <ConsultationForm values={{ ...(role && { role }), ...draft.values }} errors={draft.errors} />
      </div>
      <FormEnhancer formId="consultation-form" />
    </PageShell>
  );
}
