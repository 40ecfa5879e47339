import Link from "next/link";
import type { ComponentProps } from "react";

/**
 * Every internal link of the site. Prefetching is off by default: Next would otherwise fetch every page a
 * link to which scrolls into view (23 requests and 73 KiB on a chapter before the reader clicks anything).
 * Instead, components/intent-prefetch.client.tsx prefetches the previous and next chapters when the page is
 * idle, and any other page when the reader points at or focuses its link.
 */
export function AppLink(props: ComponentProps<typeof Link>) {
  return <Link prefetch={false} {...props} />;
}
