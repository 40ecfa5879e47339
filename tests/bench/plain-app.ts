/**
 * The yardstick of issue 12: a plain Next.js + @next/mdx app serving the same chapter text at the same
 * path (/vetting), built in a scratch folder outside the repository. Its packages are installed from the
 * registry once and kept between runs (only the app files and .next are rewritten).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { repoRoot } from "./generate";
import { startServer, timed, type Server } from "./procs";

/** Scratch folder of the plain app (kept between runs for its node_modules). */
export const plainDir = path.join(os.tmpdir(), "guide-bench-plain");

const packages = ["next@16.4.6", "@next/mdx@16.4.6", "@mdx-js/loader", "@mdx-js/react", "react@19.3.1", "react-dom@19.3.1"];

/**
 * The chapter's MDX body as plain MDX: frontmatter dropped (its title becomes the h1), pinned ids
 * `{#id}` removed (plain MDX would read them as JavaScript), and our components replaced by plain
 * Markdown: a block component's `title` (or KeyTakeaway's default) becomes a bold line, its content stays,
 * self-closing data components (FaqList, SalaryBands, …) are dropped.
 */
export function plainMdx(source: string): string {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
  const title = /^title:\s*"?(.*?)"?\s*$/m.exec(match?.[1] ?? "")?.[1] ?? "Chapter";
  const body = (match ? source.slice(match[0].length) : source)
    .replace(/^(#{1,6} .*?)[ \t]*\{#[^}]*\}[ \t]*$/gm, "$1")
    .replace(/<([A-Z]\w*)\b[^>]*\/>/g, "")
    .replace(/<([A-Z]\w*)\b([^>]*)>/g, (_, name: string, attrs: string) => {
      const t = /title="([^"]*)"/.exec(attrs)?.[1] ?? (name === "KeyTakeaway" ? "Key takeaway" : "");
      return t ? `**${t}**` : "";
    })
    .replace(/<\/[A-Z]\w*>/g, "");
  return `# ${title}\n\n${body}`;
}

/** Installs the packages if missing, writes the app, builds it. Returns the build's wall time in seconds. */
export async function buildPlainApp(slug = "vetting"): Promise<number> {
  mkdirSync(plainDir, { recursive: true });
  const installed = path.join(plainDir, "node_modules", "next", "package.json");
  if (!existsSync(installed) || (JSON.parse(readFileSync(installed, "utf8")) as { version: string }).version !== "16.4.6") {
    writeFileSync(path.join(plainDir, "package.json"), JSON.stringify({ name: "plain-next-mdx", private: true, type: "module" }, null, 2));
    const install = await timed("npm", ["install", "--no-audit", "--no-fund", ...packages], { cwd: plainDir });
    if (install.exitCode !== 0) throw new Error(`npm install in ${plainDir} failed:\n${install.output}`);
  }
  rmSync(path.join(plainDir, "app"), { recursive: true, force: true });
  rmSync(path.join(plainDir, ".next"), { recursive: true, force: true });
  mkdirSync(path.join(plainDir, "app", slug), { recursive: true });
  mkdirSync(path.join(plainDir, "app", "search"), { recursive: true });
  const files: Record<string, string> = {
    "next.config.mjs":
      'import createMDX from "@next/mdx";\n\nconst withMDX = createMDX({});\nexport default withMDX({ pageExtensions: ["js", "jsx", "md", "mdx"] });\n',
    "mdx-components.js": "export function useMDXComponents(components) {\n  return components;\n}\n",
    "app/layout.jsx":
      'export const metadata = { title: "Plain Next.js + MDX" };\n\nexport default function RootLayout({ children }) {\n  return (\n    <html lang="en">\n      <body>{children}</body>\n    </html>\n  );\n}\n',
    // A page rendered on every request, like /search: a heading, the query and 20 linked results with a
    // line of text each. The yardstick for what Next's per-request rendering costs on this machine.
    "app/search/page.jsx":
      'export const dynamic = "force-dynamic";\n\nexport default async function Search({ searchParams }) {\n  const q = String((await searchParams).q ?? "");\n  return (\n    <main>\n      <h1>Search</h1>\n      <p>Results for {q}</p>\n      <ol>\n        {Array.from({ length: 20 }, (_, i) => (\n          <li key={i}>\n            <a href={`/vetting#result-${i}`}>Result {i + 1} for {q}</a>\n            <p>A line of the section that matched, long enough to look like a search result excerpt.</p>\n          </li>\n        ))}\n      </ol>\n    </main>\n  );\n}\n',
    [`app/${slug}/page.mdx`]: plainMdx(readFileSync(path.join(repoRoot, "content", "guides", `${slug}.mdx`), "utf8")),
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(plainDir, name), text);
  const build = await timed("npx", ["next", "build"], { cwd: plainDir, env: { NEXT_TELEMETRY_DISABLED: "1" } });
  if (build.exitCode !== 0) throw new Error(`plain app build failed:\n${build.output}`);
  return build.seconds;
}

/** Starts the built plain app with `next start` on `port`. */
export function startPlainApp(port: number): Promise<Server> {
  return startServer("npx", ["next", "start", "-p", String(port)], { cwd: plainDir, url: `http://localhost:${port}/`, env: { NEXT_TELEMETRY_DISABLED: "1" } });
}
