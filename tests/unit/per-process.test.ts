import { describe, expect, it } from "vitest";
import { openOnce } from "@/lib/per-process";

describe("openOnce: one connection per process, and a failed open is tried again", () => {
  it("opens once however many callers ask at the same time, and hands each the same result", async () => {
    let opens = 0;
    const open = async () => ({ connection: ++opens });
    const results = await Promise.all([openOnce("test-shared", open), openOnce("test-shared", open), openOnce("test-shared", open)]);
    expect(opens).toBe(1);
    expect(new Set(results).size).toBe(1);
    expect(await openOnce("test-shared", open)).toBe(results[0]);
  });

  it("forgets a failed open: every caller of that attempt gets the error, the next call opens afresh", async () => {
    let attempt = 0;
    const open = async () => {
      attempt += 1;
      if (attempt === 1) throw new Error("DATA_DIR is not writable");
      return `open on attempt ${attempt}`;
    };
    const failing = [openOnce("test-retry", open), openOnce("test-retry", open)];
    for (const call of failing) await expect(call).rejects.toThrow("DATA_DIR is not writable");
    expect(await openOnce("test-retry", open)).toBe("open on attempt 2");
    expect(await openOnce("test-retry", open)).toBe("open on attempt 2");
  });
});
