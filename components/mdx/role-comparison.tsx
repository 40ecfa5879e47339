import type { ReactNode } from "react";
import { roleColumnTitles, type MdxComponentProps } from "@/lib/schemas/mdx-props";

/** Two role cards side by side (stacked on phones). Children are two <RoleColumn>s. */
export function RoleComparison({ children }: { children?: ReactNode }) {
  return <div className="not-prose-grid avoid-break my-8 grid grid-cols-1 gap-4 md:grid-cols-2">{children}</div>;
}

const defaults = roleColumnTitles;

/** One role's card inside a <RoleComparison>: a named group, not a landmark (see callout.tsx). */
export function RoleColumn({ role, title, children }: MdxComponentProps<"RoleColumn"> & { children?: ReactNode }) {
  return (
    <div
      role="group"
      aria-label={title ?? defaults[role]}
      className={`rounded-xl border border-border bg-bg-raised p-5 ${role === "architect" ? "border-t-4 border-t-accent" : "border-t-4 border-t-border-strong"}`}
    >
      <p className="not-prose mb-2 text-lg font-semibold">{title ?? defaults[role]}</p>
      <div className="text-[0.95em] [&>:first-child]:mt-0 [&>:last-child]:mb-0">{children}</div>
    </div>
  );
}
