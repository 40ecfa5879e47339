import { afterAll, describe, expect, test } from "vitest";
import { unsubscribeEndpoint } from "@/lib/forms/handlers/leave";
import { subscribeEndpoint } from "@/lib/forms/handlers/subscribe";
import { recipientLinks } from "@/lib/forms/tokens";
import { getStore } from "@/lib/store";
import { removeTempDirs, tempDir } from "../support/temp-dirs";

afterAll(removeTempDirs);

/** A subscriber and the one-click address of their mails, on a fresh SQLite store. */
async function subscriberWithLink(email: string): Promise<URL> {
  process.env.FORM_SECRET = "test secret, long enough to be realistic";
  process.env.DATA_DIR ??= tempDir("guide-one-click-");
  await (await getStore()).addSubscriber({ email, consentText: "yes", now: Date.now() });
  return new URL((await recipientLinks(email)).oneClick);
}

const subscribed = async (email: string) => (await (await getStore()).getSubscriber(email)) !== undefined;

describe("RFC 8058 one-click unsubscribe, as mail providers post it", () => {
  test("multipart/form-data (what the RFC says providers SHOULD send) unsubscribes", async () => {
    const email = "multipart@example.com";
    const target = await subscriberWithLink(email);
    const form = new FormData();
    form.set("List-Unsubscribe", "One-Click");
    // As a provider's server sends it: no Origin, no cookies; fetch picks the boundary.
    const response = await unsubscribeEndpoint(new Request(target, { method: "POST", body: form }));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("Unsubscribed.\n");
    expect(await subscribed(email)).toBe(false);
  });

  test("application/x-www-form-urlencoded unsubscribes too", async () => {
    const email = "urlencoded@example.com";
    const target = await subscriberWithLink(email);
    const body = new URLSearchParams({ "List-Unsubscribe": "One-Click" });
    const response = await unsubscribeEndpoint(new Request(target, { method: "POST", body }));
    expect(response.status).toBe(200);
    expect(await subscribed(email)).toBe(false);
  });

  test("a multipart body that does not parse is a 400, and a large one a 413; nothing changes", async () => {
    const email = "broken@example.com";
    const target = await subscriberWithLink(email);
    const headers = { "Content-Type": "multipart/form-data; boundary=xyz" };
    const broken = await unsubscribeEndpoint(new Request(target, { method: "POST", headers, body: "not multipart at all" }));
    expect(broken.status).toBe(400);
    const large = await unsubscribeEndpoint(new Request(target, { method: "POST", headers, body: `--xyz\r\n${"a".repeat(40_000)}` }));
    expect(large.status).toBe(413);
    expect(await subscribed(email)).toBe(true);
  });

  test("the other forms still take URL-encoded bodies only (415)", async () => {
    const form = new FormData();
    form.set("email", "someone@example.com");
    form.set("consent", "yes");
    const response = await subscribeEndpoint(new Request("http://localhost/api/subscribe", { method: "POST", body: form }));
    expect(response.status).toBe(415);
  });
});
