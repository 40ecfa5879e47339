import type { ComponentPropsWithoutRef } from "react";
import { CopyLinkButton } from "./copy-link-button.client";

type HeadingProps = ComponentPropsWithoutRef<"h2"> & {
  level: 2 | 3;
  /** Plain-text title, for accessible names. */
  title: string;
  /** Absolute URL the "Copy link" button copies: the section's share page. */
  shareUrl?: string;
};

/**
 * A chapter heading with its id, a visible "#" anchor link named "Link to section: …", and a "Copy link"
 * button. The anchor and button sit outside the heading element so the heading's
 * accessible name stays its title.
 */
export function SectionHeading({ level, title, shareUrl, id, children, className, ...rest }: HeadingProps) {
  const Tag = level === 2 ? "h2" : "h3";
  return (
    <div className="not-prose group mt-12 mb-4 flex flex-wrap items-baseline gap-x-2 gap-y-1 first:mt-0">
      <Tag
        id={id}
        className={`section-heading min-w-0 font-semibold tracking-tight text-fg ${level === 2 ? "text-2xl md:text-[1.65rem]" : "text-xl"} ${className ?? ""}`}
        {...rest}
      >
        {children}
      </Tag>
      <a
        href={`#${id}`}
        aria-label={`Link to section: ${title}`}
        className="no-print rounded px-1 text-lg text-fg-muted hover:text-accent"
      >
        #
      </a>
      {shareUrl && <CopyLinkButton url={shareUrl} label={title} />}
    </div>
  );
}
