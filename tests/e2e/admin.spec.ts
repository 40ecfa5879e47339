import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { freshPostgresDatabase } from "../support/postgres";
import { adminToken, awayFromHourBoundary, count, freshAddress, linkFromMail, mainDataDir, mainRateLimit, postForm, query, uniqueEmail, validRequest } from "./forms-helpers";
import { notFoundHeading } from "./helpers";

// The admin area and the CSV export, against the main server (ADMIN_TOKEN set in playwright.config.ts).
test.describe("admin", () => {
  // Sign-in attempts and Bearer requests count against the client's "admin" limit: each test has its own address.
  test.beforeEach(async ({ page }) => {
    await page.setExtraHTTPHeaders({ "X-Forwarded-For": freshAddress() });
  });

  test("no token and a wrong Bearer token are the site's 404; a wrong token in the form comes back to it, saying so", async ({ page, request }) => {
    for (const headers of [{}, { Authorization: "Bearer wrong" }, { Authorization: `Basic ${adminToken}` }] as Record<string, string>[]) {
      const response = await request.get("/admin", { headers: { ...headers, "X-Forwarded-For": freshAddress() } });
      expect(response.status(), JSON.stringify(headers)).toBe(404);
      expect(await response.text()).toContain(notFoundHeading);
    }
    await page.goto("/admin/sign-in");
    await page.getByLabel("Admin token").fill("wrong-token");
    await page.getByRole("button", { name: "Sign in" }).click();
    // It had led to "We could not find that page", read as "the admin area is off".
    await expect(page).toHaveTitle(/^Error: Sign in/);
    const field = page.getByLabel("Admin token");
    await expect(field).toBeFocused();
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(field).toHaveAccessibleDescription("That is not the admin token. Check it and try again.");
    expect((await page.context().cookies()).length).toBe(0);
  });

  test("the Bearer token or the sign-in cookie shows counts and recent requests, escaped", async ({ page, request, baseURL }) => {
    const email = uniqueEmail("admin-view");
    const tricky = { ...validRequest(email), name: `Tom "&" Jerry's`, message: "=HYPERLINK(\"x\") & <3" };
    expect((await postForm(`${baseURL}/api/consultation`, tricky, { "X-Forwarded-For": freshAddress() })).status).toBe(303);
    const [{ reference }] = query<{ reference: string }>("SELECT reference FROM consultations WHERE email = ?", [email]);

    const bearer = await request.get("/admin", { headers: { Authorization: `Bearer ${adminToken}`, "X-Forwarded-For": freshAddress() } });
    expect(bearer.status()).toBe(200);
    expect(await bearer.text()).toContain(reference);

    await page.goto("/admin/sign-in");
    // Pasted with a space after it, as copying from a password manager or a terminal can leave it.
    await page.getByLabel("Admin token").fill(`${adminToken} `);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/admin$/);
    const [cookie] = await page.context().cookies();
    expect(cookie).toMatchObject({ name: "guide_admin", httpOnly: true, sameSite: "Strict" });
    expect(cookie.value).not.toContain(adminToken);
    const item = page.getByRole("listitem").filter({ hasText: reference });
    await expect(item.getByRole("heading")).toHaveText(`${reference} · Tom "&" Jerry's, Engines`);
    await expect(item).toContainText("=HYPERLINK(\"x\") & <3");
    const counts = query<{ status: string; n: number }>("SELECT status, COUNT(*) AS n FROM subscribers GROUP BY status");
    await expect(page.locator('[data-count="pending"]')).toHaveText(String(counts.find((c) => c.status === "pending")?.n ?? 0));
    await page.getByRole("button", { name: "Sign out" }).click();
    expect((await page.request.get("/admin")).status()).toBe(404);
    // A copy of the cookie (kept by another browser, or stolen) ends with the sign-out too.
    expect((await request.get("/admin", { headers: { Cookie: `guide_admin=${cookie.value}` } })).status()).toBe(404);

    // A forged cookie, or one sealed for another purpose, is no session either.
    for (const forged of ["x", cookie.value.slice(0, -2), (await linkFromMail(email, "/unsubscribe")).split("token=")[1]]) {
      expect((await request.get("/admin", { headers: { Cookie: `guide_admin=${forged}` } })).status(), forged).toBe(404);
    }

    // The export command: CSV with formula cells neutralised.
    const csv = execFileSync("npm", ["run", "-s", "export", "--", "consultations"], { encoding: "utf8", env: { ...process.env, DATA_DIR: mainDataDir, DATABASE_URL: "" } });
    const csvHeader = csv.split("\r\n")[0];
    expect(csvHeader).toBe('"reference","created_at","name","email","company","role","team_size","timeline","message","consent_text","consent_at"');
    const row = csv.split("\r\n").find((line) => line.includes(reference))!;
    expect(row).toContain(`"'=HYPERLINK(""x"") & <3"`);
    expect(row).toContain(`"Tom ""&"" Jerry's"`);
    const subscribers = execFileSync("npm", ["run", "-s", "export", "--", "subscribers"], { encoding: "utf8", env: { ...process.env, DATA_DIR: mainDataDir, DATABASE_URL: "" } });
    expect(subscribers.split("\r\n").filter(Boolean)).toHaveLength(count("subscribers") + 1);

    // A mistyped DATA_DIR is an error, not an empty list, and creates nothing.
    const typo = `${mainDataDir}-typo`;
    const wrong = spawnSync("npm", ["run", "-s", "export", "--", "subscribers"], { encoding: "utf8", env: { ...process.env, DATA_DIR: typo, DATABASE_URL: "" } });
    expect(wrong.status).toBe(1);
    expect(wrong.stdout).toBe("");
    expect(wrong.stderr).toContain(`No database at ${typo}/guide.db. Check DATA_DIR`);
    expect(existsSync(typo)).toBe(false);

    // The same on PostgreSQL: a database without the site's tables (a mistyped name) is an error, and the
    // export creates no table in it (exporting never migrates).
    const empty = await freshPostgresDatabase("export");
    const onEmpty = spawnSync("npm", ["run", "-s", "export", "--", "subscribers"], { encoding: "utf8", env: { ...process.env, DATABASE_URL: empty } });
    expect(onEmpty.status).toBe(1);
    expect(onEmpty.stdout).toBe("");
    expect(onEmpty.stderr).toContain("holds no tables of this site: check DATABASE_URL or DATA_DIR.");
    const client = new pg.Client({ connectionString: empty });
    await client.connect();
    try {
      expect((await client.query("SELECT COUNT(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'")).rows).toEqual([{ n: 0 }]);
    } finally {
      await client.end();
    }
  });

  test(`guessing the token through the Bearer header is limited like the sign-in form: ${mainRateLimit} tries an hour per client`, async ({ request }) => {
    await awayFromHourBoundary();
    const guesser = freshAddress();
    for (let i = 0; i < mainRateLimit; i++) {
      expect((await request.get("/admin", { headers: { Authorization: `Bearer guess-${i}`, "X-Forwarded-For": guesser } })).status()).toBe(404);
    }
    // Past the limit even the right token is refused from that client, so a lucky guess is worth nothing...
    expect((await request.get("/admin", { headers: { Authorization: `Bearer ${adminToken}`, "X-Forwarded-For": guesser } })).status()).toBe(404);
    // ...while the admin, from their own address, is let in.
    expect((await request.get("/admin", { headers: { Authorization: `Bearer ${adminToken}`, "X-Forwarded-For": freshAddress() } })).status()).toBe(200);
  });
});
