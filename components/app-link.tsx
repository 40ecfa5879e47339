import Link from "next/link";
import type { ComponentProps } from "react";

/**
 * Every internal link of the site. Prefetching is off by default: Next would otherwise fetch every page a
 * link to which scrolls into view (23 requests and 73 KiB on a chapter before the reader clicks anything).
 * Instead, components/intent-prefetch.client.tsx prefetches the previous and next chapters when the page is
 * idle, and any other page when the reader points at or focuses its link.
 *
 * A link to a place on the same page (`#…`) stays a plain anchor: the browser's own jump also moves where the
 * next Tab starts from, which next/link's scripted scroll does not (focus stayed on the link, above the section).
 */
export function AppLink(props: ComponentProps<typeof Link>) {
  if (typeof props.href === "string" && props.href.startsWith("#")) {
    const { href, children, prefetch: _prefetch, replace: _replace, scroll: _scroll, ...rest } = props;
    return (
      <a href={href} {...(rest as ComponentProps<"a">)}>
        {children}
      </a>
    );
  }
  return <Link prefetch={false} {...props} />;
}
