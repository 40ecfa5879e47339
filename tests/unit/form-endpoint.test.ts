import { afterEach, expect, it, vi } from "vitest";
import { formEndpoint } from "@/lib/forms/endpoint";
import { siteOrigin } from "@/lib/site";

afterEach(() => vi.restoreAllMocks());

/** A form post whose body breaks off after its first bytes, as when a reader's connection drops mid-upload. */
function droppedPost(): Request {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode("email=ada%40example.com&consent="));
      controller.error(Object.assign(new Error("aborted"), { code: "ECONNRESET" }));
    },
  });
  return new Request(`${siteOrigin}/api/subscribe`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", origin: siteOrigin },
    body,
    duplex: "half",
  } as RequestInit);
}

it("a form whose body stops arriving (the reader's connection dropped) gets a 400 that says to send it again, reaches no handler, and is a warning in the log at most once a minute, not an error", async () => {
  const errors = vi.spyOn(console, "error").mockImplementation(() => {});
  const warnings = vi.spyOn(console, "warn").mockImplementation(() => {});
  let reached = false;
  const post = formEndpoint(async () => {
    reached = true;
    return new Response(null, { status: 204 });
  });
  const first = await post(droppedPost());
  expect(first.status).toBe(400);
  expect(await first.text()).toContain("Nothing was stored");
  expect((await post(droppedPost())).status).toBe(400);
  expect(reached).toBe(false);
  expect(errors).not.toHaveBeenCalled(); // was "form endpoint /api/subscribe: Error (ECONNRESET)", per request
  expect(warnings.mock.calls.map(String)).toEqual([expect.stringContaining("A form stopped arriving before its end")]);
});
