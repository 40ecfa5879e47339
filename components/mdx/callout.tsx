import type { ReactNode } from "react";
import { calloutLabels, type MdxComponentProps } from "@/lib/schemas/mdx-props";

const styles = {
  note: { label: calloutLabels.note, box: "border-[var(--note-border)] bg-[var(--note-bg)]" },
  tip: { label: calloutLabels.tip, box: "border-[var(--tip-border)] bg-[var(--tip-bg)]" },
  warning: { label: calloutLabels.warning, box: "border-[var(--warn-border)] bg-[var(--warn-bg)]" },
} as const;

/**
 * A quiet aside: note, tip or warning. The kind is spelled out in text, not only shown by colour. A note
 * (role="note"), not an <aside>: an <aside> in the article is a landmark, and a chapter's callouts crowded
 * the landmarks list (29 on /print) that screen-reader users move by.
 */
export function Callout({ type = "note", title, children }: Partial<MdxComponentProps<"Callout">> & { children?: ReactNode }) {
  const style = styles[type];
  return (
    <div role="note" aria-label={title ?? style.label} data-callout className={`avoid-break my-6 rounded-r-lg border-l-4 px-5 py-4 ${style.box}`}>
      <p className="not-prose mb-1 text-sm font-semibold">
        {style.label}
        {title ? `: ${title}` : ""}
      </p>
      <div className="[&>:first-child]:mt-0 [&>:last-child]:mb-0">{children}</div>
    </div>
  );
}
