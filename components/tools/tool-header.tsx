import type { ReactNode } from "react";
import type { Tool } from "@/lib/schemas/tool";

/** The top of a tool page: a kicker, the tool's title as the h1 and a short introduction. */
export function ToolHeader({ tool, children }: { tool: Tool; children: ReactNode }) {
  return (
    <header className="max-w-3xl">
      <p className="text-sm font-semibold text-accent">Hiring tools</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight text-balance md:text-4xl">{tool.title}</h1>
      <p className="mt-4 text-lg text-fg-muted">{children}</p>
    </header>
  );
}
