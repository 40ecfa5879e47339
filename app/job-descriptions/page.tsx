import type { Metadata } from "next";
import { JobDescriptionStarter } from "@/components/tools/job-description";
import { AppLink } from "@/components/app-link";
import { ToolHeader } from "@/components/tools/tool-header";
import { getAllChapters } from "@/lib/chapters";
import { faqEntries } from "@/lib/faq";
import { pageMetadata } from "@/lib/metadata";
import { chapterPath } from "@/lib/routes";
import { getTool } from "@/lib/tools/catalog";
import { getJobDescriptions, jobDescriptionMarkdown, jobDescriptionText } from "@/lib/tools/job-descriptions";
import { sectionNames } from "@/lib/tools/section-links";

const tool = getTool("job-descriptions");
export const metadata: Metadata = pageMetadata({ title: tool.title, description: tool.description, path: "/job-descriptions" });

export default async function JobDescriptionsPage() {
  const chapters = await getAllChapters();
  const starters = getJobDescriptions();
  const names = sectionNames(starters.flatMap((jd) => [jd.summaryHref, ...jd.parts.map((part) => part.href)]), chapters, faqEntries);
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-3xl px-4 py-12 focus:outline-none sm:px-6">
      <ToolHeader tool={tool}>
        A first draft for each role, assembled from the guide: what the role owns, the work, the skills, the tools, the
        titles it goes by, the pay and what you will look for in interviews. Replace what is in [square brackets], cut
        what does not fit, and add what makes your team different. The{" "}
        <AppLink className="text-accent underline underline-offset-2" href={chapterPath("glossary")}>glossary</AppLink> explains the
        technical terms.
      </ToolHeader>
      <nav aria-label="Job descriptions" className="no-print mt-6 text-sm">
        Jump to:{" "}
        {starters.map((jd, i) => (
          <span key={jd.role}>
            {i > 0 && " · "}
            <a className="text-accent underline underline-offset-2" href={`#${jd.role}`}>{jd.title}</a>
          </span>
        ))}
      </nav>
      {starters.map((jd) => (
        <JobDescriptionStarter key={jd.role} jd={jd} text={jobDescriptionText(jd)} markdown={jobDescriptionMarkdown(jd)} sectionNames={names} />
      ))}
    </main>
  );
}
