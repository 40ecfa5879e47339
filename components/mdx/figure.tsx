import type { MdxComponentProps } from "@/lib/schemas/mdx-props";

/**
 * An image with a caption; `alt` is required (the content check enforces it). A plain <img> with its
 * width and height (no layout shift), loaded lazily, rather than next/image: every chapter is rendered by
 * one route, so next/image's client runtime (5.4 KB gzip) would ship on every chapter page, including the
 * ones without a figure. Images under public/ are sized by their authors.
 */
export function Figure({ src, alt, caption, width, height }: MdxComponentProps<"Figure">) {
  return (
    <figure className="avoid-break my-8">
      {/* eslint-disable-next-line @next/next/no-img-element -- see the comment above */}
      <img src={src} alt={alt} width={width} height={height} loading="lazy" decoding="async" className="h-auto max-w-full rounded-lg border border-border" />
      {caption && <figcaption className="mt-2 text-sm text-fg-muted">{caption}</figcaption>}
    </figure>
  );
}
