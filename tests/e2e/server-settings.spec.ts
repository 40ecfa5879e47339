import { connect } from "node:net";
import { expect, test } from "@playwright/test";
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { SMTPServer } from "smtp-server";
import { ownServerPorts } from "../support/e2e-server";
import { execute, linkFromMail, postForm, query, startServer, tempDataDir, uniqueEmail } from "./forms-helpers";
import { headOf, sectionsOf, SITE_URL } from "./helpers";

/** Servers of the same build started with other settings, on this port and the next three (SMTP: + 4). */
const port = ownServerPorts.serverSettings;

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

test("when mail fails: a signup is retried by signing up again once the mail server answers, and a consultation promises no copy", async () => {
  test.setTimeout(60_000);
  const smtpPort = port + 4;
  const server = await startServer(port + 3, { DATA_DIR: tempDataDir("mail-retry"), SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, FORM_RATE_LIMIT: "100" });
  const received: string[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    // A mailbox this server does not have: a lasting no (5xx), as for a mistyped address.
    onRcptTo(address, _session, callback) {
      callback(address.address.startsWith("unknown-") ? Object.assign(new Error("User unknown"), { responseCode: 550 }) : undefined);
    },
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
    // Each line says when and how bad: the operator can tell when the mail failed, and find the errors.
    expect(server.stderr()).toMatch(new RegExp(`^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z error consultation receipt for ${reference} not sent`, "m"));
    expect(server.stderr()).not.toContain(request.email);
    // The mail server is back; the reader signs up again, as the page suggests, and this time the mail goes out.
    await new Promise<void>((resolve) => smtp.listen(smtpPort, "127.0.0.1", resolve));
    expect(await resultPage()).toContain("Check your inbox");
    expect(received).toEqual([email]);
    // A third signup moments later sends nothing more (one mail every few minutes at most), and its page reads
    // as for any signup.
    expect(await resultPage()).toContain("We sent a mail to");
    expect(received).toEqual([email]);
    // A request from an address the mail server does not know: the page shows the address and says it was refused,
    // while the reader can still send the request again with the right one.
    const unknown = { ...request, email: uniqueEmail("unknown-mailbox") };
    const refused = await (await fetch(new URL((await postForm(`${server.origin}/api/consultation`, unknown)).headers.get("location")!, server.origin))).text();
    expect(refused).toContain(`The mail server for <strong class="break-all">${unknown.email}</strong> refused our receipt`);
  } finally {
    await server.stop();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  }
});

test("a stop while a slow mail server is still taking a confirmation mail waits for the mail, and the reader gets the page", async () => {
  test.setTimeout(60_000);
  const smtpPort = port + 4;
  const server = await startServer(port + 3, { DATA_DIR: tempDataDir("stop-mid-mail"), SMTP_URL: `smtp://127.0.0.1:${smtpPort}` });
  const closed = new Set<string>();
  const received: string[] = [];
  let taking = false;
  // Accepts each mail 8 s after its last byte (past the stop's 5 s grace), only if the sender is still connected.
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onClose: (session) => void closed.add(session.id),
    onData(stream, session, callback) {
      taking = true;
      stream.resume();
      stream.on("end", () =>
        setTimeout(() => {
          if (!closed.has(session.id)) received.push(...session.envelope.rcptTo.map((r) => r.address));
          callback();
        }, 8_000),
      );
    },
  });
  await new Promise<void>((resolve) => smtp.listen(smtpPort, "127.0.0.1", resolve));
  try {
    const email = uniqueEmail("stop-mid-mail");
    const answer = postForm(`${server.origin}/api/subscribe`, { email, consent: "yes" });
    await expect.poll(() => taking, { message: "the mail server is taking the mail" }).toBe(true);
    const stopping = Date.now();
    const stopped = server.stop();
    // The request is answered as usual once its mail has gone, instead of its connection being cut at 5 s.
    const response = await answer;
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toContain("/subscribe/sent");
    await stopped;
    expect(server.process.exitCode).toBe(0);
    expect(received).toEqual([email]);
    expect(Date.now() - stopping).toBeGreaterThan(5_000);
    expect(server.stderr()).not.toContain(email);
  } finally {
    await server.stop();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  }
});

test("`npm start` stops on SIGTERM (as Docker and systemd stop it), and exits with 1 and a clear line when its port is taken", async ({ baseURL }) => {
  test.setTimeout(60_000);
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: tempDataDir("npm-start"), DATABASE_URL: "", SMTP_URL: "", NODE_ENV: "production" };
  // SITE_URL at start that is not an origin: one line, ignored (the build's address is used), not a stack trace.
  const npm = spawn("npm", ["start"], { env: { ...env, PORT: String(port + 2), SITE_URL: "guide.example.com" }, stdio: ["ignore", "pipe", "pipe"] });
  let startLog = "";
  let infoLog = "";
  npm.stderr!.on("data", (chunk: Buffer) => (startLog += chunk.toString()));
  npm.stdout!.on("data", (chunk: Buffer) => (infoLog += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => npm.once("exit", (code: number | null) => resolve(code)));
  const up = () => fetch(`http://localhost:${port + 2}/robots.txt`).then((r) => r.status, () => 0);
  await expect.poll(up, { timeout: 30_000, message: "npm start answers" }).toBe(200);
  expect(startLog).toContain('it is "guide.example.com". Ignored: this server uses the address the site was built for.');
  expect(startLog).not.toMatch(/\n\s+at /);
  // A client that sent half a request and went quiet must not hold the stop open (Docker kills after 10 s).
  const quiet = connect(port + 2, "127.0.0.1", () => quiet.write("GET / HTTP/1.1\r\nHost: x\r\n"));
  quiet.on("error", () => {});
  // A form whose body stops half-way: its request is being answered when the grace period ends, and is cut off.
  const halfForm = connect(port + 2, "127.0.0.1", () =>
    halfForm.write("POST /api/subscribe HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 40\r\n\r\nemail="),
  );
  halfForm.on("error", () => {});
  await new Promise((resolve) => setTimeout(resolve, 300));
  // systemd (KillMode=control-group) signals npm and node alike, and npm passes its signal on: node gets two,
  // and the second must not cut the grace period short.
  const node = readFileSync(`/proc/${npm.pid}/task/${npm.pid}/children`, "utf8").trim().split(/\s+/).map(Number)[0];
  expect(readFileSync(`/proc/${node}/cmdline`, "utf8")).toContain("lib/server/start.ts");
  const stopping = Date.now();
  npm.kill("SIGTERM");
  process.kill(node, "SIGTERM");
  expect(await exited).toBe(0);
  expect(Date.now() - stopping).toBeLessThan(9_000);
  expect(Date.now() - stopping).toBeGreaterThanOrEqual(4_500); // the half-sent form had its 5 s, second signal or not
  // The start names the address the build's links use, and the forms' settings; the stop is said too (the log
  // ended without a word, like a crash).
  expect(infoLog).toContain(`▲ AI hiring guide on http://localhost:${port + 2} (its links name ${SITE_URL})`);
  expect(infoLog).toContain("✓ Forms: 10 an hour per client (FORM_RATE_LIMIT), the client's address from the connection (TRUST_PROXY unset)");
  expect(infoLog).toMatch(/info {2}Stopping on SIGTERM: no new connections; requests under way get 5 s to finish\.\n[\s\S]*info {2}Stopped\.\n/);
  expect(infoLog.match(/Stopping on SIGTERM/g)).toHaveLength(1); // one stop, though node got two signals
  quiet.destroy();
  halfForm.destroy();
  expect(startLog).toContain("warn  ⚠ Stopping: 1 request still being answered after the grace period was cut off.");
  await expect.poll(up, { timeout: 5_000, message: "the server behind npm stopped too" }).toBe(0);
  // The form store was closed on the way out: SQLite's write-ahead log is folded into guide.db, so a copy of
  // that one file is a whole backup.
  expect(existsSync(join(env.DATA_DIR!, "guide.db"))).toBe(true);
  expect(existsSync(join(env.DATA_DIR!, "guide.db-wal"))).toBe(false);

  const taken = spawn("npm", ["start"], { env: { ...env, PORT: new URL(baseURL!).port }, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  taken.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => taken.once("exit", (c: number | null) => resolve(c)));
  expect(code).toBe(1);
  expect(stderr).toContain("another program already listens there");
});

test("form data past the privacy notice's periods is deleted when the server starts, without waiting for a form", async () => {
  test.setTimeout(60_000);
  const dir = tempDataDir("retention");
  let server = await startServer(port + 1, { DATA_DIR: dir }); // creates the database
  await expect.poll(() => query<{ v: number }>("SELECT MAX(version) AS v FROM schema_migrations", [], dir)[0]?.v ?? 0, { message: "migrated" }).toBeGreaterThanOrEqual(2);
  await server.stop();
  const day = 24 * 60 * 60 * 1000;
  const now = Date.now();
  execute("INSERT INTO subscribers (id, email, status, consent_text, consent_at, created_at) VALUES ('s1', 'stale@example.com', 'pending', 'ok', ?, ?)", [now - 40 * day, now - 40 * day], dir);
  execute("INSERT INTO subscribers (id, email, status, consent_text, consent_at, created_at) VALUES ('s2', 'fresh@example.com', 'pending', 'ok', ?, ?)", [now - day, now - day], dir);
  execute("INSERT INTO consultations (id, reference, name, email, company, role, team_size, timeline, message, consent_text, consent_at, created_at) VALUES ('c1', 'CR-OLDOLD00', 'Old', 'old@example.com', 'Co', 'both', '1-10', 'now', 'Hi', 'ok', ?, ?)", [now - 800 * day, now - 800 * day], dir);
  server = await startServer(port + 1, { DATA_DIR: dir });
  try {
    await expect.poll(() => query<{ email: string }>("SELECT email FROM subscribers", [], dir).map((row) => row.email)).toEqual(["fresh@example.com"]);
    expect(query("SELECT COUNT(*) AS n FROM consultations", [], dir)).toEqual([{ n: 0 }]);
  } finally {
    await server.stop();
  }
});
