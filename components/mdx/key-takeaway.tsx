import type { ReactNode } from "react";
import { keyTakeawayTitle, type MdxComponentProps } from "@/lib/schemas/mdx-props";

/** The answer-first summary that opens a chapter: a note, not a landmark (see callout.tsx). */
export function KeyTakeaway({ title = keyTakeawayTitle, children }: MdxComponentProps<"KeyTakeaway"> & { children?: ReactNode }) {
  return (
    <div role="note" aria-label={title} className="avoid-break my-8 rounded-xl border border-border bg-accent-soft px-6 py-5">
      <p className="not-prose mb-2 text-xs font-semibold tracking-wide text-accent uppercase">{title}</p>
      <div className="text-[1.05em] [&>:first-child]:mt-0 [&>:last-child]:mb-0">{children}</div>
    </div>
  );
}
