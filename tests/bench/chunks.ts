/**
 * Which client modules a page loads, read from the build's JavaScript chunks. Turbopack copies a client
 * component into the page chunk of every route that uses it (the chapter page and /print each carry their
 * own copy of CopyLinkButton), so comparing chunk FILES would miss a tool's code pulled into a chapter;
 * comparing MODULE ids does not.
 */
import vm from "node:vm";
import { scriptSources, type AssetLoader } from "./bytes";

/** One module of a chunk: its id in the build and the names it exports (for messages). */
export interface ChunkModule {
  id: string;
  exports: string[];
}

const pushPrefix = "(globalThis.TURBOPACK||(globalThis.TURBOPACK=[])).push(";

/**
 * The modules of one Turbopack chunk. A chunk is `TURBOPACK.push([script, id, factory, id, factory, …])`
 * (several ids may share one factory); it is run in an empty VM context, where `push` only stores the
 * array: no factory runs. Chunks of another shape (the runtime) hold no app module and give [].
 */
export function chunkModules(code: string): ChunkModule[] {
  if (!code.startsWith(pushPrefix)) return [];
  const context: { TURBOPACK?: unknown[][] } = {};
  vm.runInNewContext(code, context, { timeout: 1000 });
  const modules: ChunkModule[] = [];
  for (const entry of context.TURBOPACK ?? []) {
    let ids: string[] = [];
    for (const item of entry.slice(1)) {
      if (typeof item === "number" || typeof item === "string") ids.push(String(item));
      else if (typeof item === "function") {
        const exports = [...String(item).matchAll(/\be\.s\(\["(\w+)"/g)].map((m) => m[1]);
        for (const id of ids) modules.push({ id, exports });
        ids = [];
      }
    }
  }
  return modules;
}

/** Every module of every first-load script of a page (its `<script src>`), by id. */
export async function pageModules(html: string, load: AssetLoader): Promise<Map<string, ChunkModule>> {
  const all = new Map<string, ChunkModule>();
  for (const src of scriptSources(html)) for (const found of chunkModules((await load(src)).toString("utf8"))) all.set(found.id, found);
  return all;
}

/** Modules of `page` that `shared` (e.g. the home page: root layout and framework) does not have. */
export function ownModules(page: Map<string, ChunkModule>, shared: Map<string, ChunkModule>): ChunkModule[] {
  return [...page.values()].filter((found) => !shared.has(found.id));
}

/**
 * Whether a page's first-load scripts hold the next/image runtime: its component writes the `data-nimg`
 * attribute on every image it renders, a string nothing else in the framework carries.
 */
export async function loadsNextImage(html: string, load: AssetLoader): Promise<boolean> {
  for (const src of scriptSources(html)) if ((await load(src)).includes("data-nimg")) return true;
  return false;
}
