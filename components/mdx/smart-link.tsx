import { AppLink } from "../app-link";
import type { ComponentPropsWithoutRef } from "react";

/** Markdown links: internal ones use next/link, #hash stays a plain anchor, external ones open safely. */
export function SmartLink({ href = "", children, ...rest }: ComponentPropsWithoutRef<"a">) {
  if (href.startsWith("/")) {
    return (
      <AppLink href={href} {...rest}>
        {children}
      </AppLink>
    );
  }
  if (href.startsWith("#")) {
    return (
      <a href={href} {...rest}>
        {children}
      </a>
    );
  }
  return (
    <a href={href} rel="noopener noreferrer" {...rest}>
      {children}
    </a>
  );
}

/** Wide GFM tables scroll inside their own box on phones instead of widening the page. */
export function Table(props: ComponentPropsWithoutRef<"table">) {
  return (
    // A scrollable box must be reachable by keyboard to be scrolled (WCAG 2.1.1; axe scrollable-region-focusable).
    // oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="avoid-break my-6 overflow-x-auto" tabIndex={0} role="region" aria-label="Table">
      <table {...props} className="my-0" />
    </div>
  );
}
