import type { Metadata } from "next";
import { PrintGuide } from "@/components/print-guide";
import { getAllChapters } from "@/lib/chapters";
import { homeCardImage, pageMetadata } from "@/lib/metadata";
import { printPath } from "@/lib/routes";
import { site } from "@/lib/site";

// noindex: this page repeats every chapter, so in search results it would compete with the chapters
// themselves; readers should land on the chapter that answers their question. It is still linked from
// every chapter and from /llms.txt, and links are followed.
export const metadata: Metadata = {
  ...pageMetadata({
    title: "The whole guide, to print or save as PDF",
    description: `Every chapter of ${site.shortName} on one page, in reading order, with a table of contents.`,
    path: printPath(),
    image: homeCardImage,
  }),
  robots: { index: false, follow: true },
};

export default async function PrintPage() {
  return <PrintGuide chapters={await getAllChapters()} />;
}
