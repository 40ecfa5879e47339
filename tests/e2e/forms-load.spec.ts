import Database from "better-sqlite3";
import pg from "pg";
import { expect, test } from "@playwright/test";
import { mailsTo } from "../support/mail";
import { mainPort, ownServerPorts } from "../support/e2e-server";
import { freshPostgresDatabase } from "../support/postgres";
import { linkFromMail, mainOutbox, pathOf, postForm, query, startServer, tempDataDir, uniqueEmail, type Server } from "./forms-helpers";

/** The servers started here take three ports from this one. */
const first = ownServerPorts.formsLoad;

test.describe.configure({ mode: "serial" });

/** Fires all signups at once (distinct client addresses), and times them. */
async function burst(origins: string[], emails: string[], tag: string) {
  const started = performance.now();
  const responses = await Promise.all(
    emails.map((email, i) =>
      postForm(`${origins[i % origins.length]}/api/subscribe`, { email, consent: "yes" }, { "X-Forwarded-For": `10.77.${tag}.${i % 250}.${Math.floor(i / 250)}`.split(".").slice(0, 4).join(".") })
        .then((r) => r.status),
    ),
  );
  const seconds = (performance.now() - started) / 1000;
  return { statuses: responses, seconds, perSecond: Math.round(emails.length / seconds) };
}

function report(label: string, value: string) {
  test.info().annotations.push({ type: label, description: value });
  console.log(`${label}: ${value}`);
}

test("SQLite: 200 simultaneous signups are each stored once; one address 20 times at once is one record", async ({ baseURL }) => {
  test.setTimeout(60_000);
  const emails = Array.from({ length: 200 }, (_, i) => uniqueEmail(`load${i}`));
  const { statuses, perSecond } = await burst([baseURL!], emails, "1");
  expect(statuses.every((s) => s === 303), statuses.join(",")).toBe(true);
  report("signups per second (SQLite)", String(perSecond));
  const stored = query<{ email: string; n: number }>(`SELECT email, COUNT(*) AS n FROM subscribers WHERE email LIKE 'load%' GROUP BY email`);
  const counts = new Map(stored.map((r) => [r.email, r.n]));
  for (const email of emails) expect(counts.get(email), email).toBe(1);

  const same = uniqueEmail("same");
  const twenty = await burst([baseURL!], Array.from({ length: 20 }, () => same), "2");
  expect(twenty.statuses.every((s) => s === 303)).toBe(true);
  expect(query("SELECT COUNT(*) AS n FROM subscribers WHERE email = ?", [same])).toEqual([{ n: 1 }]);
  expect(mailsTo(mainOutbox, same)).toHaveLength(1);
});

test.describe("PostgreSQL, two instances behind one database", () => {
  let servers: Server[] = [];
  let databaseUrl = "";
  let outbox = "";
  test.beforeAll(async () => {
    databaseUrl = await freshPostgresDatabase("e2e");
    const dir = tempDataDir("pg-instances");
    outbox = `${dir}/outbox`;
    const env = { DATABASE_URL: databaseUrl, DATA_DIR: dir, TRUST_PROXY: "1", FORM_RATE_LIMIT: "3" };
    servers = [await startServer(first, env), await startServer(first + 1, env)];
  });
  test.afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
  });

  async function pgCount(sql: string, params: unknown[] = []): Promise<number> {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      return Number((await client.query(sql, params)).rows[0].n);
    } finally {
      await client.end();
    }
  }

  test("200 simultaneous signups across both instances are each stored once; one address 20 times is one record", async () => {
    test.setTimeout(60_000);
    const origins = servers.map((s) => s.origin);
    const emails = Array.from({ length: 200 }, (_, i) => uniqueEmail(`pgload${i}`));
    const { statuses, perSecond } = await burst(origins, emails, "3");
    expect(statuses.every((s) => s === 303), statuses.join(",")).toBe(true);
    report("signups per second (PostgreSQL, 2 instances)", String(perSecond));
    expect(await pgCount("SELECT COUNT(*) AS n FROM subscribers WHERE email LIKE 'pgload%'")).toBe(200);
    expect(await pgCount("SELECT COUNT(DISTINCT email) AS n FROM subscribers WHERE email LIKE 'pgload%'")).toBe(200);
    const same = uniqueEmail("pgsame");
    const twenty = await burst(origins, Array.from({ length: 20 }, () => same), "4");
    expect(twenty.statuses.every((s) => s === 303)).toBe(true);
    expect(await pgCount("SELECT COUNT(*) AS n FROM subscribers WHERE email = $1", [same])).toBe(1);
    expect(mailsTo(outbox, same)).toHaveLength(1);
  });

  test("the rate limit and the signing secret hold across instances", async () => {
    const [a, b] = servers;
    const headers = { "X-Forwarded-For": "10.99.0.1" };
    const email = uniqueEmail("shared");
    expect((await postForm(`${a.origin}/api/subscribe`, { email, consent: "yes" }, headers)).status).toBe(303);
    expect((await postForm(`${b.origin}/api/subscribe`, { email: uniqueEmail("s2"), consent: "yes" }, headers)).status).toBe(303);
    expect((await postForm(`${a.origin}/api/subscribe`, { email: uniqueEmail("s3"), consent: "yes" }, headers)).status).toBe(303);
    expect((await postForm(`${b.origin}/api/subscribe`, { email: uniqueEmail("s4"), consent: "yes" }, headers)).status).toBe(429);
    // A confirmation link made by one instance works on the other.
    const link = await linkFromMail(email, "/subscribe/confirm", outbox);
    expect(await (await fetch(`${b.origin}${pathOf(link)}`)).text()).toContain("Confirm my subscription");
    const confirmed = await postForm(`${b.origin}/api/subscribe/confirm`, { token: new URL(link).searchParams.get("token")! });
    expect(confirmed.status).toBe(303);
    expect(await (await fetch(`${b.origin}${confirmed.headers.get("location")}`)).text()).toContain("You are subscribed");
    expect(await pgCount("SELECT COUNT(*) AS n FROM subscribers WHERE email = $1 AND status = 'confirmed'", [email])).toBe(1);
  });

  test("without ADMIN_TOKEN the admin pages do not exist, whatever the request says", async () => {
    for (const path of ["/admin", "/admin/sign-in"]) {
      const response = await fetch(`${servers[0].origin}${path}`, { headers: { Authorization: "Bearer anything" } });
      expect(response.status, path).toBe(404);
    }
  });
});

test("durability: SIGKILL during a burst; after a restart every acknowledged signup is there and the database is intact", async () => {
  test.setTimeout(90_000);
  const dir = tempDataDir("durability");
  let server = await startServer(first + 2, { DATA_DIR: dir, FORM_RATE_LIMIT: "100000" });
  const acknowledged: string[] = [];
  let attempted = 0;
  let killed = false;
  const worker = async () => {
    while (!killed || attempted < 10) {
      const email = uniqueEmail(`dur${attempted++}`);
      try {
        const response = await postForm(`${server.origin}/api/subscribe`, { email, consent: "yes" });
        if (response.status === 303) acknowledged.push(email);
      } catch {
        if (killed) return; // the server is gone: this one was never acknowledged
      }
      if (!killed && acknowledged.length >= 150) {
        killed = true;
        server.process.kill("SIGKILL");
      }
      if (attempted > 2_000) return;
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
  await server.stop();
  expect(killed).toBe(true);
  report("durability burst", `${acknowledged.length} acknowledged of ${attempted} attempted before and during SIGKILL`);

  // Start again on the same files: it must come up, answer, and hold everything it acknowledged.
  server = await startServer(first + 2, { DATA_DIR: dir, FORM_RATE_LIMIT: "100000" });
  try {
    expect((await postForm(`${server.origin}/api/subscribe`, { email: uniqueEmail("after"), consent: "yes" })).status).toBe(303);
    const db = new Database(`${dir}/guide.db`, { readonly: true });
    try {
      expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
      const stored = new Set((db.prepare("SELECT email FROM subscribers").all() as { email: string }[]).map((r) => r.email));
      const missing = acknowledged.filter((email) => !stored.has(email));
      expect(missing).toEqual([]);
    } finally {
      db.close();
    }
  } finally {
    await server.stop();
  }
});

test("with the database down, /api/health says so (pages still serve), and signing out of admin says the sessions are still live, keeping the cookie for another try", async () => {
  const databaseUrl = await freshPostgresDatabase("admin");
  const name = new URL(databaseUrl).pathname.slice(1);
  const token = "an-admin-token-long-enough-for-the-test";
  const server = await startServer(first + 2, { DATABASE_URL: databaseUrl, DATA_DIR: tempDataDir("admin-pg"), ADMIN_TOKEN: token });
  const superuser = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await superuser.connect();
  const allowConnections = (allow: boolean) => superuser.query(`ALTER DATABASE ${name} WITH ALLOW_CONNECTIONS ${allow}`);
  try {
    const signIn = await postForm(`${server.origin}/api/admin/sign-in`, { token });
    const cookie = signIn.headers.get("set-cookie")!.split(";")[0];
    const adminStatus = async () => (await fetch(`${server.origin}/admin`, { headers: { cookie } })).status;
    const health = async () => {
      const response = await fetch(`${server.origin}/api/health`);
      return { status: response.status, body: await response.json() };
    };
    expect(await adminStatus()).toBe(200);
    expect(await health()).toEqual({ status: 200, body: { status: "ok", forms: "ok" } });
    // The database goes away: no new connection, and the server's open ones are cut.
    await allowConnections(false);
    await superuser.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1", [name]);
    // The health check tells a supervisor; pages still serve.
    expect(await health()).toEqual({ status: 503, body: { status: "degraded", forms: "unavailable" } });
    expect((await fetch(`${server.origin}/vetting`)).status).toBe(200);
    const refused = await postForm(`${server.origin}/api/admin/sign-out`, {}, { cookie });
    expect(refused.status).toBe(503);
    expect(await refused.text()).toContain("You are still signed in");
    expect(refused.headers.get("set-cookie")).toBeNull();
    // Back again: the session was indeed still live, and Sign out now ends it.
    await allowConnections(true);
    expect(await health()).toEqual({ status: 200, body: { status: "ok", forms: "ok" } });
    expect(await adminStatus()).toBe(200);
    expect((await postForm(`${server.origin}/api/admin/sign-out`, {}, { cookie })).status).toBe(303);
    expect(await adminStatus()).toBe(404);
  } finally {
    await allowConnections(true).catch(() => undefined);
    await superuser.end();
    await server.stop();
  }
});

test("without a proxy in front, the rate limit's log line does not tell the operator to trust X-Forwarded-For (Next adds one to every request)", async () => {
  const server = await startServer(first + 2, { DATA_DIR: tempDataDir("direct"), FORM_RATE_LIMIT: "1" });
  try {
    expect((await postForm(`${server.origin}/api/subscribe`, { email: uniqueEmail("direct"), consent: "yes" })).status).toBe(303);
    expect((await postForm(`${server.origin}/api/subscribe`, { email: uniqueEmail("direct-over"), consent: "yes" })).status).toBe(429);
    await expect.poll(() => server.stderr()).toContain("reached the form limit");
    expect(server.stderr()).not.toContain("TRUST_PROXY");
  } finally {
    await server.stop();
  }
});

test("without TRUST_PROXY, neither X-Forwarded-For nor a forged peer header escapes the socket's rate-limit bucket", async () => {
  const server = await startServer(first + 2, { DATA_DIR: tempDataDir("no-proxy"), FORM_RATE_LIMIT: "3" });
  try {
    for (let i = 0; i < 3; i++) {
      const ok = await postForm(`${server.origin}/api/subscribe`, { email: uniqueEmail(`spoof${i}`), consent: "yes" }, { "X-Forwarded-For": `198.51.100.${i}`, "X-Guide-Peer-Address": `192.0.2.${i}` });
      expect(ok.status).toBe(303);
    }
    const refused = await postForm(`${server.origin}/api/subscribe`, { email: uniqueEmail("spoof-over"), consent: "yes" }, { "X-Forwarded-For": "198.51.100.200", "X-Guide-Peer-Address": "192.0.2.200" });
    expect(refused.status).toBe(429);
    // The operator hears of it, with the likely cause, once (not once per refused form), and no reader's address.
    await postForm(`${server.origin}/api/subscribe`, { email: uniqueEmail("spoof-again"), consent: "yes" }, { "X-Forwarded-For": "198.51.100.201" });
    await expect.poll(() => server.stderr()).toContain("TRUST_PROXY is not set, so if a reverse proxy of yours adds it, every reader behind it shares one count");
    expect(server.stderr()).toContain("let only that proxy reach this server");
    expect(server.stderr().match(/reached the form limit/g)).toHaveLength(1);
    expect(server.stderr()).not.toMatch(/198\.51\.100|192\.0\.2|@example/);
    // A form from another site: one line naming the hosts, so a www alias or a proxy rewriting Host shows up.
    const crossSite = await postForm(`${server.origin}/api/subscribe`, { email: uniqueEmail("cross"), consent: "yes" }, { Origin: "https://www.guide.example" });
    expect(crossSite.status).toBe(403);
    await expect.poll(() => server.stderr()).toContain(`e.g. from www.guide.example; this site is localhost:${mainPort}.`);
  } finally {
    await server.stop();
  }
});
