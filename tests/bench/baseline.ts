/**
 * Framework baseline: the first-load JavaScript of an empty Next.js app (app router, one page, nothing but
 * next/react/react-dom), built with the project's own installed Next. `npm test` asserts that an article
 * page's JavaScript stays within this baseline + 15 KB gzip, so the budget measures what OUR code adds.
 *
 *   npx tsx tests/bench/baseline.ts      rebuilds the empty app and rewrites framework-baseline.json
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { diskLoader, firstLoadJs } from "./bytes";
import { repoRoot } from "./generate";
import { timed } from "./procs";

/** Where the baseline is recorded (committed). */
export const baselineFile = path.join(import.meta.dirname, "framework-baseline.json");

/** The recorded baseline. */
export interface FrameworkBaseline {
  next: string;
  react: string;
  firstLoadJsGzip: number;
  firstLoadJsRaw: number;
  scripts: number;
  method: string;
  date: string;
}

/** Version of a package installed in the project's node_modules. */
export function installedVersion(name: string, root = repoRoot): string {
  return (JSON.parse(readFileSync(path.join(root, "node_modules", name, "package.json"), "utf8")) as { version: string }).version;
}

/**
 * The committed baseline. Throws when it was recorded with another Next version than the installed one:
 * a stale baseline would let a framework upgrade hide (or blame) our own growth.
 */
export function readBaseline(root = repoRoot): FrameworkBaseline {
  const baseline = JSON.parse(readFileSync(baselineFile, "utf8")) as FrameworkBaseline;
  const installed = installedVersion("next", root);
  if (baseline.next !== installed) {
    throw new Error(`tests/bench/framework-baseline.json is for next ${baseline.next}, but next ${installed} is installed: run npx tsx tests/bench/baseline.ts`);
  }
  return baseline;
}

const files: Record<string, string> = {
  "app/layout.jsx": 'export const metadata = { title: "Empty" };\n\nexport default function RootLayout({ children }) {\n  return (\n    <html lang="en">\n      <body>{children}</body>\n    </html>\n  );\n}\n',
  "app/page.jsx": "export default function Page() {\n  return <main><h1>Hello</h1></main>;\n}\n",
  "next.config.mjs": "export default {};\n",
};

/** Builds the empty app in a scratch folder, measures it, writes framework-baseline.json, removes the folder. */
export async function measureBaseline(dir = path.join(os.tmpdir(), "guide-bench-framework")): Promise<FrameworkBaseline> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, "app"), { recursive: true });
  const versions = { next: installedVersion("next"), react: installedVersion("react"), "react-dom": installedVersion("react-dom") };
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "empty-next", private: true, type: "module", dependencies: versions }, null, 2));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  // Hard links, not a symlink: Turbopack will not resolve `next` through a symlink leaving the project root.
  const linked = spawnSync("cp", ["-al", path.join(repoRoot, "node_modules"), path.join(dir, "node_modules")]);
  if (linked.status !== 0) throw new Error("could not hard-link node_modules");
  try {
    const build = await timed("npx", ["next", "build"], { cwd: dir, env: { NEXT_TELEMETRY_DISABLED: "1" } });
    if (build.exitCode !== 0) throw new Error(`empty app build failed:\n${build.output}`);
    const html = readFileSync(path.join(dir, ".next", "server", "app", "index.html"), "utf8");
    const js = await firstLoadJs(html, diskLoader(path.join(dir, ".next")));
    const baseline: FrameworkBaseline = {
      next: versions.next,
      react: versions.react,
      firstLoadJsGzip: js.gzip,
      firstLoadJsRaw: js.raw,
      scripts: js.files,
      method:
        "empty app-router app (app/layout.jsx + app/page.jsx, no other dependency) built with `next build` (Turbopack default) " +
        "using the project's node_modules; every <script src> in .next/server/app/index.html gzipped one by one (zlib level 6) and summed",
      date: new Date().toISOString().slice(0, 10),
    };
    writeFileSync(baselineFile, `${JSON.stringify(baseline, null, 2)}\n`);
    return baseline;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.log(await measureBaseline());
}
