import { run } from "@mdx-js/mdx";
import type { MDXContent } from "mdx/types";
import * as runtime from "react/jsx-runtime";

const programs = new Map<string, Promise<MDXContent>>();

/**
 * Runs a compiled chapter (function-body output of lib/content/compile.ts) and returns its component,
 * once per process, keyed by its code so an edited file runs anew under dev.
 *
 * IMPORTANT: no `baseUrl`. Without one, a compiled `import` (or `import.meta.url`) throws "Unexpected
 * missing `options.baseUrl`" instead of loading a module, so even a chapter that got past
 * lib/content/no-code.ts can never import anything on the server.
 */
export function runChapterProgram(code: string): Promise<MDXContent> {
  let program = programs.get(code);
  if (!program) {
    program = run(code, { ...runtime }).then((module) => module.default);
    programs.set(code, program);
    // A program that throws must not stay cached as a rejection for the process's lifetime.
    program.catch(() => programs.delete(code));
  }
  return program;
}
