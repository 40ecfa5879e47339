/**
 * `npm run bench`: builds the production site and measures it, served by the production server as
 * `npm start` runs it (first visit to pages rendered on request, page weight in Chromium, byte budgets,
 * Lighthouse, throughput beside `next start`, a static server and a plain Next.js + @next/mdx app, build
 * scaling with 100 and 500 generated chapters), then judges the targets of issue 12. Prints one Markdown
 * table per group and writes them to results.md.
 *
 *   npm run bench [-- --quick] [--no-build] [--skip-lighthouse] [--skip-throughput] [--sizes 100,500] [--out file]
 *
 * --quick skips the generated 100/500 builds and the plain app, so a developer can iterate in minutes.
 * Every server it starts is killed when it ends, fails or is interrupted (procs.ts); scratch copies are removed.
 * What each figure means and how it is measured: tests/bench/README.md.
 */
import { existsSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { measureBaseline } from "./baseline";
import { launchChromium } from "./browser";
import { formatBudgets, evaluateBudgets } from "./budgets";
import { loadsNextImage } from "./chunks";
import { measureFirstVisit } from "./first-visit";
import { generateCorpus, removeCorpus, repoRoot } from "./generate";
import { lighthouseMedian, lighthouseTable } from "./lighthouse";
import { load1, machineFacts, waitForQuiet } from "./machine";
import { chapterSlugs, fetchHtml, httpLoader, measureChapter, measureRoutes, routeTable } from "./measure";
import { buildPlainApp, startPlainApp } from "./plain-app";
import { buildAndCheck, measureServed, scaleTable, type ScaleRow } from "./scale";
import { startNextStart, startOurs } from "./servers";
import { kib } from "./table";
import { targetsTable, type TargetInputs } from "./targets";
import { runThroughput } from "./throughput-run";

const args = process.argv.slice(2);
const has = (flag: string) => args.includes(flag);
const value = (flag: string, fallback: string) => (has(flag) ? args[args.indexOf(flag) + 1] : fallback);
const quick = has("--quick");
const sizes = quick ? [] : value("--sizes", "100,500").split(",").filter(Boolean).map(Number);
const outFile = path.resolve(value("--out", path.join(import.meta.dirname, "results.md")));
const ports = { site: 3600, plain: 3601, scale: 3602, nextStart: 3603, static: 8600 };
const log = (line: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);

const out: string[] = ["# Benchmark results (`npm run bench`)", ""];
function section(title: string, ...lines: string[]) {
  out.push(`## ${title}`, "", ...lines, "");
  console.log(`\n## ${title}\n\n${lines.join("\n")}`);
  writeFileSync(outFile, `${out.join("\n")}\n`);
}

let scratch: string | undefined;
process.on("exit", () => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

section("Run", ...(await machineFacts()), `- options: ${args.join(" ") || "(full run)"}`, "- timings (build, Lighthouse, throughput) are noisy: 2 shared cores; see tests/bench/README.md");

const siteUrl = `http://localhost:${ports.site}`;
let realBuild = { buildSeconds: Number.NaN, buildPeakRss: 0, buildPeakPss: 0, nextBytes: 0, checkSeconds: Number.NaN };
if (!has("--no-build")) {
  log("npm run check + next build (real guide)");
  realBuild = await buildAndCheck(repoRoot, siteUrl);
}
log("framework baseline (empty Next.js app)");
const baseline = await measureBaseline();

let plainReady = false;
if (!quick && !has("--skip-throughput")) {
  log("plain Next.js + @next/mdx app (install once, build)");
  await buildPlainApp();
  plainReady = true;
}

const browser = await launchChromium();
const inputs: Partial<TargetInputs> = { baselineGzip: baseline.firstLoadJsGzip, lighthouse: [] };
try {
  const site = await startOurs(repoRoot, ports.site);
  try {
    log("first visit: share pages and preview images on the fresh server");
    section("First visit: pages rendered on request (freshly started production server, ms until the whole body arrived)", await measureFirstVisit(siteUrl, repoRoot));

    log("page weight in Chromium");
    const weights = await measureRoutes(siteUrl, browser);
    section("Page weight per route (KiB; initial load in Chromium, then 5 s idle for prefetches)", routeTable(weights));
    inputs.jsByPage = ["/", "/vetting", "/faq"].map((p) => ({ path: p, gzip: weights.find((w) => w.path === p)?.firstLoadJsGzip ?? Number.NaN }));
    inputs.vettingPrefetchGzip = weights.find((w) => w.path === "/vetting")?.load?.prefetch.gzip;

    const slugs = await chapterSlugs(repoRoot);
    const vetting = await measureChapter(siteUrl, repoRoot, "vetting", slugs);
    inputs.vetting = vetting;
    inputs.nextImageOnVetting = await loadsNextImage((await fetchHtml(siteUrl, "/vetting")).html, httpLoader(siteUrl));
    inputs.malformed = {
      status: (await fetch(`${siteUrl}/%E0%A4%A`)).status,
      proxyFiles: ["proxy.ts", "proxy.js", "middleware.ts", "middleware.js", "src/proxy.ts", "src/middleware.ts"].filter((f) => existsSync(path.join(repoRoot, f))),
    };
    const budgets = evaluateBudgets({ jsGzip: vetting.jsGzip, baselineGzip: baseline.firstLoadJsGzip, cssGzip: vetting.cssGzip, htmlGzip: vetting.htmlGzip, ratio: vetting.ratio });
    section(
      "Chapter page /vetting: deterministic figures and byte budgets",
      `- HTML ${kib(vetting.htmlRaw)} KiB raw, ${kib(vetting.htmlGzip)} KiB gzip; chapter's own text ${kib(vetting.textGzip)} KiB gzip; ratio ${vetting.ratio.toFixed(2)} (target ≤ 3; reported here, not asserted in npm test)`,
      `- where the gzip bytes go (each part gzipped alone): the article element ${kib(vetting.breakdown.articleGzip)} KiB (${(vetting.breakdown.articleGzip / vetting.textGzip).toFixed(2)}× the text), the inline RSC payload ${kib(vetting.breakdown.payloadGzip)} KiB (${(vetting.breakdown.payloadGzip / vetting.textGzip).toFixed(2)}×), the rest of the markup (head, header, chapter list, newsletter forms, footer) ${kib(vetting.breakdown.chromeGzip)} KiB (${(vetting.breakdown.chromeGzip / vetting.textGzip).toFixed(2)}×)`,
      `- links to chapter pages: ${vetting.links.markup} in the markup, ${vetting.links.payload} in the inline RSC payload (${slugs.length} chapters)`,
      `- first-load JS ${kib(vetting.jsGzip)} KiB gzip; framework baseline ${kib(baseline.firstLoadJsGzip)} KiB gzip (empty Next ${baseline.next} app): +${kib(vetting.jsGzip - baseline.firstLoadJsGzip)} KiB; home ${kib(inputs.jsByPage[0].gzip)} KiB, FAQ ${kib(inputs.jsByPage[2].gzip)} KiB`,
      "",
      "```",
      formatBudgets(budgets),
      "```",
    );

    // A shared section's page (/vetting's first h2): where a shared link lands, for Lighthouse and throughput.
    const sectionId = /<h2 id="([^"]+)"/.exec(await (await fetch(`${siteUrl}/vetting`)).text())?.[1];
    const sharePath = sectionId && `/vetting/${sectionId}`;
    if (!has("--skip-lighthouse")) {
      log("Lighthouse (3 runs each)");
      const pages = [["chapter", "/vetting"], ["home", "/"], ...(sharePath ? [["shared section", sharePath]] : [])];
      for (const [name, p] of pages) inputs.lighthouse!.push({ name, ...(await lighthouseMedian(`${siteUrl}${p}`, 3)) });
      // The plain app's chapter, as a yardstick for this machine (not part of the verdict).
      const yardstick = [];
      if (plainReady) {
        const plain = await startPlainApp(ports.plain);
        try {
          yardstick.push({ name: "plain Next.js + @next/mdx (yardstick)", ...(await lighthouseMedian(`${plain.url.replace(/\/$/, "")}/vetting`, 3)) });
        } finally {
          await plain.stop();
        }
      }
      section(
        "Lighthouse 12.2.3 mobile (median of 3 runs)",
        lighthouseTable([...inputs.lighthouse!, ...yardstick]),
        "",
        "The performance score is the simulated LCP's to lose. Lighthouse's simulator counts into LCP every script that finished downloading before the observed LCP (unless its evaluation started after it): when the observed first paint comes after the framework's async scripts have arrived (on localhost, about 90–160 ms), their download on a slow 4G link is part of the simulated LCP (last column).",
      );
    }

    if (!has("--skip-throughput")) {
      const plain = plainReady ? await startPlainApp(ports.plain) : undefined;
      const nextStart = await startNextStart(repoRoot, ports.nextStart);
      try {
        const strip = (url: string) => url.replace(/\/$/, "");
        const result = await runThroughput({ base: siteUrl, nextStartBase: strip(nextStart.url), staticPort: ports.static, plainBase: plain && strip(plain.url), sharePath, log, waitForQuiet, load1 });
        inputs.throughput = result.figures;
        section("Throughput (autocannon, Accept-Encoding: gzip, 2 s warm-up + 10 s)", ...result.lines);
      } finally {
        await nextStart.stop();
        await plain?.stop();
      }
    }
  } finally {
    await site.stop();
  }

  const scaleRows: ScaleRow[] = [];
  log("scaling: real guide");
  scaleRows.push(await measureServed(repoRoot, ports.scale, browser, { name: "real guide", slugs: await chapterSlugs(repoRoot), build: realBuild }));
  const failures: string[] = [];
  for (const n of sizes) {
    log(`scaling: generating ${n} chapters`);
    const corpus = generateCorpus(n);
    scratch = corpus.dir;
    try {
      log(`scaling: npm run check + next build with ${n} generated chapters (${corpus.dir})`);
      const build = await buildAndCheck(corpus.dir, `http://localhost:${ports.scale}`);
      log(`scaling: built in ${build.buildSeconds.toFixed(0)} s; measuring`);
      const slugs = await chapterSlugs(corpus.dir);
      const generatedSlug = corpus.slugs[Math.floor(corpus.slugs.length / 2)];
      scaleRows.push(await measureServed(corpus.dir, ports.scale, browser, { name: `+${n} generated`, slugs, generatedSlug, build }));
    } catch (error) {
      failures.push(`- +${n} generated chapters: **not measured**: ${String(error).split("\n")[0]}`);
      log(failures.at(-1) ?? "");
    } finally {
      removeCorpus(corpus.dir);
      scratch = undefined;
    }
  }
  section(
    "Scaling with the number of chapters",
    scaleTable(scaleRows),
    "",
    ...failures,
    "Build time and peak memory are `next build` alone; `check s` is `npm run check`. Served by the production server; /search at 20 connections for 10 s after a 2 s warm-up.",
  );
  inputs.scale = scaleRows;
  section("Targets of issue 12", targetsTable(inputs as TargetInputs));
} finally {
  await browser.close();
}
log(`done: ${outFile}`);
