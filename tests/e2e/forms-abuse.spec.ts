import { readdirSync, readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { messages } from "../../lib/forms/fields";
import { awayFromHourBoundary, count, freshAddress, linkFromMail, mainOutbox, mainRateLimit, pathOf, postForm, query, uniqueEmail, validRequest } from "./forms-helpers";
import { header, mailsTo } from "../support/mail";


test.describe("hostile input: a 4xx or a form error, nothing stored, nothing reflected as markup", () => {
  test("cross-site posts are refused with 403", async ({ baseURL }) => {
    const before = count("subscribers");
    const fields = { email: uniqueEmail("xsite"), consent: "yes" };
    for (const headers of [{ Origin: "https://evil.example" }, { "Sec-Fetch-Site": "cross-site" }, { Origin: "null" }] as Record<string, string>[]) {
      const response = await postForm(`${baseURL}/api/subscribe`, fields, { ...headers, "X-Forwarded-For": freshAddress() });
      expect(response.status, JSON.stringify(headers)).toBe(403);
      expect(await response.text()).toContain("<h1>This form was sent from another site</h1>");
    }
    expect(count("subscribers")).toBe(before);
  });

  test("oversized bodies are refused with 413, by Content-Length and while streaming", async ({ baseURL }) => {
    const before = count("consultations");
    const big = await postForm(`${baseURL}/api/consultation`, { ...validRequest(uniqueEmail("big")), message: "x".repeat(40_000) });
    expect(big.status).toBe(413);
    // Chunked, no Content-Length: refused once 32 KB have arrived.
    const status = await new Promise<number>((resolve, reject) => {
      const request = http.request(`${baseURL}/api/subscribe`, { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded", "Transfer-Encoding": "chunked" } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      request.on("error", reject);
      request.write("email=a%40b.example&consent=yes&pad=");
      for (let i = 0; i < 40; i++) request.write("y".repeat(1024)); // 40 KB
      request.end();
    });
    expect(status).toBe(413);
    expect(count("consultations")).toBe(before);
  });

  test("the longest message the form allows is accepted in any script: 2,000 Chinese characters", async ({ baseURL }) => {
    const before = count("consultations");
    const response = await postForm(`${baseURL}/api/consultation`, { ...validRequest(uniqueEmail("cjk")), message: "招聘架构师".repeat(400) });
    expect(response.status).toBe(303);
    expect(count("consultations")).toBe(before + 1);
  });

  test("a cut-short deletion link says where to get a new link, and links there; a mistyped address comes back to its form", async ({ baseURL }) => {
    const cutShort = await postForm(`${baseURL}/api/unsubscribe?token=cut-short`, {});
    expect(cutShort.status).toBe(400);
    const html = await cutShort.text();
    expect(html).toContain('<a href="/privacy#leave">Ask for a new link on the privacy page</a>');
    expect(html).toContain("Nothing changed.");
    const mistyped = await postForm(`${baseURL}/api/delete-my-data`, { email: "ada@example" });
    expect(mistyped.status).toBe(303);
    expect(mistyped.headers.get("location")).toMatch(/^\/privacy\/delete\?draft=[\w-]+#form-errors$/);
  });

  test("the forms cannot flood a stranger's inbox, nor tell whether we hold an address: at most 5 mails of a kind an hour to one mailbox", async ({ baseURL }) => {
    await awayFromHourBoundary(); // the caps count per clock hour
    const from = () => ({ "X-Forwarded-For": freshAddress() });
    const known = uniqueEmail("flooded");
    const stranger = uniqueEmail("unknown");
    const tagged = (email: string, tag: string) => email.replace("@", `+${tag}@`); // the same inbox
    const deletionLinks = () => mailsTo(mainOutbox, known).filter((raw) => header(raw, "subject")?.startsWith("Your link to delete"));
    expect((await postForm(`${baseURL}/api/subscribe`, { email: known, consent: "yes" }, from())).status).toBe(303);

    // Six deletion-link requests each: the page never changes; the known inbox gets five links, the other none.
    for (const email of [known, stranger]) {
      for (let i = 0; i < 6; i++) {
        const response = await postForm(`${baseURL}/api/delete-my-data`, { email }, from());
        expect(response.headers.get("location")).toBe("/privacy/link-sent");
      }
    }
    await expect.poll(() => deletionLinks().length).toBe(5);

    // Those requests used up nothing else: both addresses' next receipts go (the deletion links count apart).
    const receipt = async (email: string) => {
      const location = (await postForm(`${baseURL}/api/consultation`, validRequest(email), from())).headers.get("location")!;
      return new URL(location, baseURL).searchParams.get("copy") ?? "sent";
    };
    expect([await receipt(known), await receipt(stranger)]).toEqual(["sent", "sent"]);
    // Receipts and signup mails share a cap of 5 an hour per inbox, tags or not: the signup's, then four receipts.
    expect([await receipt(tagged(known, "a")), await receipt(tagged(known, "b")), await receipt(known), await receipt(tagged(known, "c"))]).toEqual(["sent", "sent", "sent", "no"]);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(deletionLinks()).toHaveLength(5);
    expect(mailsTo(mainOutbox, stranger).map((raw) => header(raw, "subject"))).toEqual([expect.stringMatching(/^We received your consultation request/)]);
  });

  test("malformed bodies: wrong type 415, invalid UTF-8 400, filled honeypot 400", async ({ baseURL }) => {
    const before = [count("subscribers"), count("consultations")];
    const json = await fetch(`${baseURL}/api/subscribe`, { method: "POST", headers: { "Content-Type": "application/json" }, body: '{"email":"a@b.example"}' });
    expect(json.status).toBe(415);
    const bytes = await fetch(`${baseURL}/api/subscribe`, { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: Buffer.from([0x65, 0x6d, 0x61, 0x69, 0x6c, 0x3d, 0xff, 0xfe]) });
    expect(bytes.status).toBe(400);
    const bot = await postForm(`${baseURL}/api/consultation`, { ...validRequest(uniqueEmail("bot")), leave_empty: "http://spam.example" }, { "X-Forwarded-For": freshAddress() });
    expect(bot.status).toBe(400);
    expect(await bot.text()).toContain("automated submission");
    expect([count("subscribers"), count("consultations")]).toEqual(before);
  });

  test("script-laden and CR/LF fields get form errors, are stored nowhere, and come back only as escaped text", async ({ baseURL, page }) => {
    const before = count("consultations");
    const hostile: [string, string, string][] = [
      ["name", "<script>alert('x')</script>", messages.markup],
      ["company", "<img src=x onerror=alert(1)>", messages.markup],
      ["message", "hi <svg onload=alert(1)>", messages.markup],
      ["name", "Eve\r\nBcc: victim@example.com", messages.controlCharacters],
      ["email", "eve@example.com\r\nBcc: victim@example.com", messages.emailSpace],
    ];
    for (const [field, value, message] of hostile) {
      const fields = { ...validRequest(uniqueEmail("hostile")), [field]: value };
      const asJson = await postForm(`${baseURL}/api/consultation`, fields, { Accept: "application/json", "X-Forwarded-For": freshAddress() });
      expect(asJson.status, value).toBe(422);
      expect(await asJson.json()).toEqual({ ok: false, errors: { [field]: message } });
      const plain = await postForm(`${baseURL}/api/consultation`, fields, { "X-Forwarded-For": freshAddress() });
      expect(plain.status).toBe(303);
      const location = plain.headers.get("location")!;
      expect(location).toMatch(/^\/consultation\?draft=[\w-]+#form-errors$/);
      const html = await (await fetch(`${baseURL}${location}`)).text();
      expect(html, value).not.toMatch(/<(script>alert|img src=x|svg onload)/);
      await page.goto(location);
      await expect(page.locator(`#consultation-${field}-error`)).toHaveText(message);
      if (field !== "message") await expect(page.locator(`#consultation-${field}`)).toHaveValue(value.replace(/\r\n/g, ""));
    }
    expect(count("consultations")).toBe(before);
  });

  test("a null character posted into a field comes back shown as �, so the page holding it stays valid HTML", async ({ baseURL }) => {
    const refused = await postForm(`${baseURL}/api/subscribe`, { email: "ada\u0000@example.com", consent: "yes" }, { "X-Forwarded-For": freshAddress() });
    expect(refused.status).toBe(303);
    const html = await (await fetch(`${baseURL}${refused.headers.get("location")}`)).text();
    expect(html).not.toContain("\u0000");
    expect(html).toContain('value="ada\uFFFD@example.com"');
  });

  test("a draft that was altered or is not ours shows an empty form, not an error", async ({ page }) => {
    const response = await page.goto("/consultation?draft=AQ-forged-draft");
    expect(response?.status()).toBe(200);
    await expect(page.locator("#form-errors")).toHaveCount(0);
  });
});

test.describe("rate limit", () => {
  test(`a connection may send ${mainRateLimit} forms an hour; the next gets 429 with a readable page; others are unaffected`, async ({ baseURL }) => {
    await awayFromHourBoundary();
    const address = freshAddress();
    for (let i = 0; i < mainRateLimit; i++) {
      const ok = await postForm(`${baseURL}/api/subscribe`, { email: uniqueEmail(`limit-${i}`), consent: "yes" }, { "X-Forwarded-For": address });
      expect(ok.status).toBe(303);
    }
    const email = uniqueEmail("limit-over");
    const refused = await postForm(`${baseURL}/api/subscribe`, { email, consent: "yes" }, { "X-Forwarded-For": address });
    expect(refused.status).toBe(429);
    expect(refused.headers.get("content-type")).toContain("text/html");
    expect(await refused.text()).toContain("<h1>Too many forms sent from your connection</h1>");
    expect(query("SELECT COUNT(*) AS n FROM subscribers WHERE email = ?", [email])).toEqual([{ n: 0 }]);
    const other = await postForm(`${baseURL}/api/subscribe`, { email, consent: "yes" }, { "X-Forwarded-For": freshAddress() });
    expect(other.status).toBe(303);
    // No address is stored: only keyed hashes.
    const keys = query<{ key_hash: string }>("SELECT key_hash FROM rate_limits");
    expect(keys.length).toBeGreaterThan(0);
    for (const { key_hash } of keys) expect(key_hash).toMatch(/^[0-9a-f]{40}$/);
  });
});

test.describe("one-click unsubscribe (RFC 8058)", () => {
  test("a mail provider's POST without Origin unsubscribes; a bad token is a 400", async ({ baseURL, page }) => {
    const email = uniqueEmail("oneclick");
    await postForm(`${baseURL}/api/subscribe`, { email, consent: "yes" }, { "X-Forwarded-For": freshAddress() });
    await linkFromMail(email, "/subscribe/confirm"); // the mail is there
    const target = header(mailsTo(mainOutbox, email)[0], "list-unsubscribe")!.replace(/^<|>$/g, "");
    // As a mail provider sends it: from its server, no Origin, no Sec-Fetch-Site.
    const response = await postForm(`${baseURL}${pathOf(target)}`, { "List-Unsubscribe": "One-Click" });
    expect(response.status).toBe(200);
    expect(query("SELECT COUNT(*) AS n FROM subscribers WHERE email = ?", [email])).toEqual([{ n: 0 }]);
    const bad = await postForm(`${baseURL}/api/unsubscribe?token=AQ-bad`, { "List-Unsubscribe": "One-Click" });
    expect(bad.status).toBe(400);
    await page.goto("/unsubscribe");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Unsubscribe");
  });

  test("a mail program that opens the List-Unsubscribe address in a browser lands on the unsubscribe page, nothing changed yet", async ({ baseURL, page }) => {
    const email = uniqueEmail("getlink");
    await postForm(`${baseURL}/api/subscribe`, { email, consent: "yes" }, { "X-Forwarded-For": freshAddress() });
    await linkFromMail(email, "/subscribe/confirm");
    const target = header(mailsTo(mainOutbox, email)[0], "list-unsubscribe")!.replace(/^<|>$/g, "");
    await page.goto(pathOf(target));
    await expect(page).toHaveURL(/\/unsubscribe\?token=/);
    expect(query("SELECT COUNT(*) AS n FROM subscribers WHERE email = ?", [email])).toEqual([{ n: 1 }]);
    await page.getByRole("button", { name: "Unsubscribe" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("You are unsubscribed");
    expect(query("SELECT COUNT(*) AS n FROM subscribers WHERE email = ?", [email])).toEqual([{ n: 0 }]);
    // Any other form endpoint opened in a browser: a readable page, not an empty 405.
    await page.goto("/api/subscribe");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This address only receives forms");
  });
});

test("every form endpoint opened in a browser answers a readable 405 with Allow: POST", async ({ page }) => {
  // The route files that take a POST and answer GET with nothing of their own (/api/unsubscribe's GET is the
  // one-click unsubscribe a mail program opens, and lands on the unsubscribe page).
  const routes = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? routes(path.join(dir, entry.name)) : entry.name === "route.ts" ? [path.join(dir, entry.name)] : []));
  const endpoints = routes("app/api")
    .filter((file) => /export const POST\b/.test(readFileSync(file, "utf8")) && !/export (async function GET|const GET = (?!formOnlyGet))/.test(readFileSync(file, "utf8")))
    .map((file) => `/${path.dirname(file).split(path.sep).join("/").replace(/^app\//, "")}`);
  expect(endpoints).toContain("/api/admin/sign-in");
  for (const endpoint of endpoints) {
    const response = await page.goto(endpoint);
    expect(response?.status(), endpoint).toBe(405);
    expect(response?.headers().allow, endpoint).toBe("POST");
    await expect(page.getByRole("heading", { level: 1 }), endpoint).toHaveText("This address only receives forms");
  }
});
