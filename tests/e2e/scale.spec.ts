import { spawn, type ChildProcess } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { windowRadius } from "../../lib/navigation";
import { chapterSlugs, chapterText, gzipSize, htmlToTextRatio } from "../bench/bytes";
import { generateCorpus, removeCorpus } from "../bench/generate";
import { ownServerPorts } from "../support/e2e-server";
import { chapterLinks } from "./chapter-links";

/**
 * Size independence (issue 12): the same chapter page in a guide of 100 chapters weighs what it weighs in
 * the real guide. A scratch copy of the project gets generated chapters (tests/bench/generate.ts) up to
 * 100, is built and served by the production server on a port of its own, and its /vetting is compared
 * with the real guide's from the e2e server. The scratch copy is removed afterwards, pass or fail.
 */

const guideSize = 100;
const port = ownServerPorts.scale;
const origin = `http://localhost:${port}`;
const scratch = path.join(os.tmpdir(), `guide-e2e-${guideSize}-${process.pid}`);
const children: ChildProcess[] = [];

/** Runs a command in its own process group (so afterAll can end all of it); resolves with its exit code and output tail. */
function run(command: string, args: string[], env: Record<string, string>): { child: ChildProcess; done: Promise<{ code: number; output: string }> } {
  const child = spawn(command, args, { cwd: scratch, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env }, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  children.push(child);
  let output = "";
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-6000));
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  return { child, done: new Promise((resolve) => child.once("exit", (code) => resolve({ code: code ?? 1, output }))) };
}

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url, { headers: { "accept-encoding": "identity" } });
  expect(response.status, `${url} answers 200`).toBe(200);
  return response.text();
}

test.afterAll(() => {
  for (const child of children) {
    try {
      if (child.pid && child.exitCode === null && child.signalCode === null) process.kill(-child.pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
  removeCorpus(scratch);
});

test(`/vetting in a guide of ${guideSize} chapters: HTML within 1.3× of the real guide's, a windowed chapter list`, async ({ page, baseURL }) => {
  test.setTimeout(300_000);
  const started = performance.now();
  const real = await chapterSlugs(process.cwd());
  const { slugs: generated } = generateCorpus(guideSize - real.length, scratch);

  const build = await run("npx", ["next", "build"], { SITE_URL: origin }).done;
  expect(build.code, `next build of the ${guideSize}-chapter copy:\n${build.output}`).toBe(0);
  const builtAt = performance.now();

  const server = run(process.execPath, ["--import", "tsx", "lib/server/start.ts"], { PORT: String(port), SITE_URL: origin, DATA_DIR: path.join(scratch, "data"), DATABASE_URL: "", SMTP_URL: "" });
  await expect
    .poll(() => fetch(`${origin}/robots.txt`).then((r) => r.status, () => 0), { message: "the production server of the copy answers", timeout: 60_000 })
    .toBe(200);

  const slugs = await chapterSlugs(scratch);
  expect(slugs.length).toBe(guideSize);
  expect(slugs).toEqual(expect.arrayContaining(generated));
  const realHtml = await fetchText(new URL("/vetting", baseURL).href);
  const bigHtml = await fetchText(`${origin}/vetting`);
  const realGzip = gzipSize(realHtml);
  const big = htmlToTextRatio(bigHtml, await chapterText(scratch, "vetting"));
  console.log(
    `/vetting HTML gzip: ${(big.htmlGzip / 1024).toFixed(1)} KiB at ${guideSize} chapters vs ${(realGzip / 1024).toFixed(1)} KiB at ${real.length} ` +
      `(${(big.htmlGzip / realGzip).toFixed(2)}×; HTML ÷ own text ${big.ratio.toFixed(2)}); build ${((builtAt - started) / 1000).toFixed(0)} s, whole check ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
  expect(big.htmlGzip, "HTML gzip at 100 chapters ≤ 1.3 × the real guide's").toBeLessThanOrEqual(1.3 * realGzip);

  const links = await chapterLinks(page, bigHtml, slugs.map((slug) => `/${slug}`));
  expect(links.list.length, `chapter list: ${links.list.join(" ")}`).toBeLessThanOrEqual(2 * windowRadius + 1);
  expect(links.list).toContain("/vetting");
  expect(links.listOther).toEqual([`All ${guideSize} chapters`]);
  expect(links.outsideBody.length, "chapter links outside the article body").toBeLessThanOrEqual(links.list.length + 2 + links.header.length + links.footer.length);
  server.child.kill("SIGTERM");
  await server.done;
});
