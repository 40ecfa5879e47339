import type { Metadata } from "next";
import { AppLink } from "@/components/app-link";
import { getAllChapters } from "@/lib/chapters";
import { faqEntries } from "@/lib/faq";
import { consultationChecklist } from "@/lib/data/shortcuts";
import { homeCardImage, pageMetadata } from "@/lib/metadata";
import { site } from "@/lib/site";
import { pagePaths } from "@/lib/routes";
import { sectionName } from "@/lib/tools/section-links";

export const metadata: Metadata = pageMetadata({
  title: "Talk to a specialist about your AI team",
  description: `Book a confidential consultation with ${site.publisher} about hiring AI Architects and Software Engineers, and what to prepare for it.`,
  path: "/contact",
  image: homeCardImage,
});


export default async function ContactPage() {
  const chapters = await getAllChapters();
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-3xl px-4 py-12 focus:outline-none sm:px-6">
      <p className="text-sm font-semibold text-accent">Who publishes this guide</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight md:text-4xl">Talk to a specialist about your AI team</h1>
      <div className="prose prose-guide mt-6">
        <p>
          {site.publisher}, which publishes this guide, offers a confidential consultation to CTOs, founders and
          hiring managers who are building a first-class AI team. It is the agency&apos;s commercial service;
          everything else in this guide stands on its own.
        </p>
        <p>
          In it, you get advice at executive level from people who search for talent worldwide and test skills with
          rigor. The aim is to get your AI plans moving sooner, with less risk, and built to last.
        </p>
        <p>
          Why it matters: an AI product leaves no room for a wrong hire. AI Architects and Software Engineers in the top
          1% are scarce, not imaginary, and a team that has them tends to ship sooner, build systems that hold up as
          they grow, and pull ahead of its competitors: a difference, the agency says, that shows in figures you can track.
          The agency puts forward people who have shown that they deliver.
        </p>
      </div>

      <div className="mt-8 rounded-xl border border-border bg-accent-soft p-6">
        <h2 className="text-xl font-semibold">Book a confidential consultation</h2>
        <p className="mt-2 text-fg-muted">
          What happens next: tell us about the role and your team in a short form. A receipt with its reference comes to your
          work email, and a specialist replies to that address.
        </p>
        <AppLink href={pagePaths.consultation} className="mt-4 inline-block max-w-full rounded-lg bg-accent px-5 py-3 font-semibold text-on-accent hover:bg-accent-hover">
          Request a consultation
        </AppLink>
      </div>

      <h2 className="mt-12 text-2xl font-semibold tracking-tight">What to bring to the conversation</h2>
      <ul className="mt-4 space-y-2">
        {consultationChecklist.map((item) => (
          <li key={item.href} className="flex gap-3">
            <span aria-hidden="true" className="text-accent">✓</span>
            <span>
              {item.text} (read{" "}
              <AppLink className="text-accent underline underline-offset-2" href={item.href}>
                {sectionName(item.href, chapters, faqEntries)}
              </AppLink>
              )
            </span>
          </li>
        ))}
      </ul>
    </main>
  );
}
