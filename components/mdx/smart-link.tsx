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
