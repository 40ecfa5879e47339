import { expect, test } from "@playwright/test";
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { SMTPServer } from "smtp-server";
import { linkFromMail, postForm, startServer, tempDataDir, uniqueEmail } from "./forms-helpers";
import { headOf, sectionsOf, SITE_URL } from "./helpers";

/** Servers of the same build started with other settings, on the main port + 4, + 5, + 6 and + 7 (SMTP: + 8). */
const port = Number(process.env.E2E_PORT ?? 3100) + 4;

/** The "Edit this page" link of a page, as served. */
async function editLink(url: string): Promise<string | undefined> {
  const html = await (await fetch(url)).text();
  return /<a[^>]*href="([^"]+)"[^>]*>Edit this page</.exec(html)?.[1];
}

test("a server started with other settings keeps the build's address and repository in pages rendered per request and in mails, and warns", async ({ page, baseURL }) => {
  test.setTimeout(60_000);
  const [section] = await sectionsOf(page, "/vetting");
  const builtEditLink = await editLink(`${baseURL}/vetting`);
  expect(builtEditLink).toMatch(/^https:\/\//);
  const dir = tempDataDir("site-url");
  const elsewhere = "https://elsewhere.example";
  const server = await startServer(port, { SITE_URL: elsewhere, REPO_URL: "https://example.org/someone/else", REPO_BRANCH: "other", TRUST_PROXY: "yes", DATA_DIR: dir });
  try {
    await page.goto(`${server.origin}/robots.txt`);
    // A share page and a search page are rendered on every request, after the build.
    for (const path of [`/vetting/${section.id}`, "/search?q=architect"]) {
      const head = await headOf(page, path);
      expect(head.status, path).toBe(200);
      expect(head.canonical, `${path} canonical`).toMatch(new RegExp(`^${SITE_URL}/`));
    }
    const share = await headOf(page, `/vetting/${section.id}`);
    expect(new URL(share.ogImage!).origin).toBe(SITE_URL);
    expect(await editLink(`${server.origin}/vetting/${section.id}`)).toBe(builtEditLink);

    // The confirmation mail's link must open the site the reader signed up on, not the address given at start.
    const email = uniqueEmail("origin");
    expect((await postForm(`${server.origin}/api/subscribe`, { email, consent: "yes" })).status).toBe(303);
    const link = await linkFromMail(email, "/subscribe/confirm", `${dir}/outbox`);
    expect(new URL(link).origin).toBe(SITE_URL);

    expect(server.stderr()).toContain(`SITE_URL is ${elsewhere}`);
    expect(server.stderr()).toContain('TRUST_PROXY must be the number of proxies in front of the server (1 to 9); it is "yes"');
    expect(server.stderr()).toContain("rebuild");
  } finally {
    await server.stop();
  }
});

test("a server whose DATA_DIR cannot be written says so at start, serves every page, and answers form posts with 503, nothing stored", async () => {
  test.setTimeout(60_000);
  const file = `${tempDataDir("unwritable")}/a-file`;
  writeFileSync(file, "");
  const server = await startServer(port + 1, { DATA_DIR: `${file}/data` });
  try {
    await expect.poll(() => server.stderr(), { message: "the start-up log" }).toContain("Form storage did not open");
    expect(server.stderr()).toContain("ENOTDIR");
    expect(server.stderr()).toContain("SMTP_URL is not set"); // startServer clears SMTP_URL: mail goes to the outbox
    expect((await fetch(`${server.origin}/vetting`)).status).toBe(200);
    const response = await postForm(`${server.origin}/api/subscribe`, { email: uniqueEmail("nodir"), consent: "yes" });
    expect(response.status).toBe(503);
    expect(await response.text()).toContain("Nothing was stored");
    expect((await fetch(`${server.origin}/subscribe`)).status).toBe(200);
  } finally {
    await server.stop();
  }
});

test("when mail fails: a signup is retried by signing up again once the mail server answers, and a consultation promises no copy", async () => {
  test.setTimeout(60_000);
  const smtpPort = port + 4;
  const server = await startServer(port + 3, { DATA_DIR: tempDataDir("mail-retry"), SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, FORM_RATE_LIMIT: "100" });
  const received: string[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      received.push(...session.envelope.rcptTo.map((r) => r.address));
      stream.resume();
      stream.on("end", () => callback());
    },
  });
  try {
    const email = uniqueEmail("retry");
    const resultPage = async () => {
      const response = await postForm(`${server.origin}/api/subscribe`, { email, consent: "yes" });
      expect(response.status).toBe(303);
      return (await fetch(new URL(response.headers.get("location")!, server.origin))).text();
    };
    // Nothing listens on the SMTP port yet: the signup is saved, the mail fails, and the page says so.
    expect(await resultPage()).toContain("the mail did not go out");
    // A consultation request is saved; its page does not promise the copy that could not be sent, and the
    // log names the request's reference (never the address), so the operator can follow it up.
    const request = { name: "Ada", email: uniqueEmail("no-copy"), company: "Engines", role: "both", teamSize: "1-10", timeline: "now", message: "Hello", consent: "yes" };
    const sent = await postForm(`${server.origin}/api/consultation`, request);
    expect(sent.status).toBe(303);
    const location = new URL(sent.headers.get("location")!, server.origin);
    const reference = location.searchParams.get("ref")!;
    const page = await (await fetch(location)).text();
    expect(page).toContain("We could not send you a receipt just now");
    expect(page).not.toContain("is on its way");
    await expect.poll(() => server.stderr()).toContain(`consultation receipt for ${reference} not sent`);
    expect(server.stderr()).not.toContain(request.email);
    // The mail server is back; the reader signs up again, as the page suggests, and this time the mail goes out.
    await new Promise<void>((resolve) => smtp.listen(smtpPort, "127.0.0.1", resolve));
    expect(await resultPage()).toContain("Check your inbox");
    expect(received).toEqual([email]);
    // A third signup moments later sends nothing more (one mail every few minutes at most).
    expect(await resultPage()).toContain("A mail to");
    expect(received).toEqual([email]);
  } finally {
    await server.stop();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  }
});

test("`npm start` stops on SIGTERM (as Docker and systemd stop it), and exits with 1 and a clear line when its port is taken", async ({ baseURL }) => {
  test.setTimeout(60_000);
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: tempDataDir("npm-start"), DATABASE_URL: "", SMTP_URL: "", NODE_ENV: "production" };
  const npm = spawn("npm", ["start"], { env: { ...env, PORT: String(port + 2) }, stdio: "ignore" });
  const exited = new Promise<number | null>((resolve) => npm.once("exit", (code: number | null) => resolve(code)));
  const up = () => fetch(`http://localhost:${port + 2}/robots.txt`).then((r) => r.status, () => 0);
  await expect.poll(up, { timeout: 30_000, message: "npm start answers" }).toBe(200);
  npm.kill("SIGTERM");
  await exited;
  await expect.poll(up, { timeout: 5_000, message: "the server behind npm stopped too" }).toBe(0);

  const taken = spawn("npm", ["start"], { env: { ...env, PORT: new URL(baseURL!).port }, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  taken.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => taken.once("exit", (c: number | null) => resolve(c)));
  expect(code).toBe(1);
  expect(stderr).toContain("another program already listens there");
});
