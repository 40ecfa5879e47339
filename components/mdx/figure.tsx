import Image from "next/image";
import type { MdxComponentProps } from "@/lib/schemas/mdx-props";

/** An image with a caption; `alt` is required (the content check enforces it). */
export function Figure({ src, alt, caption, width, height }: MdxComponentProps<"Figure">) {
  return (
    <figure className="avoid-break my-8">
      <Image src={src} alt={alt} width={width} height={height} className="rounded-lg border border-border" />
      {caption && <figcaption className="mt-2 text-sm text-fg-muted">{caption}</figcaption>}
    </figure>
  );
}
