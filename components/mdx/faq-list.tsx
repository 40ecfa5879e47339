import { AppLink } from "../app-link";
import { getAllChapters } from "@/lib/chapters";
import { readMoreTitle, selectFaqEntries } from "@/lib/faq";
import { printAnchor, printHref } from "@/lib/routes";
import type { MdxComponentProps } from "@/lib/schemas/mdx-props";
import { CopyLinkButton } from "../copy-link-button.client";
import { FaqHashOpener } from "../faq-hash-opener.client";

/**
 * FAQ entries from lib data as <details> disclosures: they open and close without JavaScript. The stable
 * id sits on the answer, inside the disclosure, so `/faq#<id>` opens it even without JavaScript (browsers
 * reveal a closed <details> that holds the fragment's target); FaqHashOpener covers browsers that don't.
 * The answer's scroll margin keeps its question in view above it, below the sticky header (room for four lines of question on phones). Each answer ends with one "Read more"
 * link to the section that goes deeper (`more` in lib/data/faq.ts), its own # link and, in a chapter
 * (`shareUrl`, the chapter body's, which its headings' buttons use too), a "Copy link" button for the
 * answer's share page. On /print the answers are open (`printedIn`): browsers without `::details-content` (which the
 * print stylesheet opens closed ones with) printed the questions alone. Each question is a heading inside its summary, at `level` (lib/faq.ts#faqQuestionLevel, one
 * more in /print), so a screen reader can move from question to question by heading.
 */
export async function FaqList({
  printedIn,
  printedSlugs,
  shareUrl,
  level = 2,
  ...props
}: MdxComponentProps<"FaqList"> & { printedIn?: string; printedSlugs?: ReadonlySet<string>; shareUrl?: (id: string) => string | undefined; level?: 2 | 3 | 4 }) {
  // On /print every chapter shares one page: answers take chapter-prefixed ids there (never set by authors), and
  // "Read more" points within the page, as the chapters' own links do, so it works in a saved PDF too.
  const idOf = (id: string) => (printedIn ? printAnchor(printedIn, id) : id);
  const moreHref = (href: string) => (printedIn && printedSlugs ? printHref(href, printedIn, printedSlugs) : href);
  const entries = selectFaqEntries(props);
  const Question = `h${level}` as const;
  const chapters = await getAllChapters();
  return (
    <div className="not-prose my-8 divide-y divide-border rounded-xl border border-border" data-faq-list>
      {entries.map((entry) => (
        <details key={entry.id} data-faq-entry open={printedIn ? true : undefined} className="group px-5 py-1">
          <summary className="flex cursor-pointer list-none items-start justify-between gap-4 py-3 text-[1.1em] font-semibold print:text-[11pt] [&::-webkit-details-marker]:hidden">
            <Question className="min-w-0">{entry.question}</Question>
            <span aria-hidden="true" data-screen-only className="mt-0.5 text-fg-muted transition-transform group-open:rotate-45 motion-reduce:transition-none">+</span>
          </summary>
          <div id={idOf(entry.id)} className="scroll-mt-48 pb-4 leading-[1.65] sm:scroll-mt-36 print:text-[11pt]">
            <p>{entry.answer}</p>
            <p className="mt-3 text-sm text-fg-muted">
              Read more:{" "}
              <AppLink className="text-accent underline underline-offset-2" href={moreHref(entry.more)} data-faq-more>
                {readMoreTitle(entry, chapters)}
              </AppLink>
              <span data-screen-only>
                {" · "}
                <a className="text-accent underline underline-offset-2" href={`#${idOf(entry.id)}`} aria-label={`Link to this answer: ${entry.question}`}>
                  Link to this answer
                </a>
                {shareUrl?.(entry.id) && (
                  <>
                    {" "}
                    <CopyLinkButton url={shareUrl(entry.id)!} label={entry.question} what="answer" />
                  </>
                )}
              </span>
            </p>
          </div>
        </details>
      ))}
      <FaqHashOpener />
    </div>
  );
}
