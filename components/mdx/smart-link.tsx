import { AppLink } from "../app-link";
import type { ComponentPropsWithoutRef } from "react";

/** Markdown links: internal ones (a path or a #place on the page) through AppLink, external ones open safely. */
export function SmartLink({ href = "", children, ...rest }: ComponentPropsWithoutRef<"a">) {
  if (href.startsWith("/") || href.startsWith("#")) {
    return (
      <AppLink href={href} {...rest}>
        {children}
      </AppLink>
    );
  }
  return (
    <a href={href} rel="noopener noreferrer" {...rest}>
      {children}
    </a>
  );
}
