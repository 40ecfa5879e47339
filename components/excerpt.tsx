import type { ExcerptPart } from "@/lib/search/excerpt";

/** Excerpt with matched words in <mark>. Parts are text: nothing a reader typed is ever rendered as HTML. */
export function Excerpt({ parts }: { parts: ExcerptPart[] }) {
  return (
    <>
      {parts.map((part, i) => (part.marked ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </>
  );
}
