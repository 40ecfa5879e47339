import { describe, expect, it } from "vitest";
import { installLogPrefix, logPrefix } from "@/lib/server/log-prefix";

describe("the server's log lines", () => {
  const at = new Date("2026-11-27T05:12:03.120Z");

  it("start with the UTC time and a level, the level alone under systemd's journal (which stamps the time)", () => {
    expect(logPrefix("error", at, {})).toBe("2026-11-27T05:12:03.120Z error");
    expect(logPrefix("info", at, {})).toBe("2026-11-27T05:12:03.120Z info ");
    expect(logPrefix("warn", at, { JOURNAL_STREAM: "8:12345" })).toBe("warn ");
  });

  it("prefix every console method with its level, keeping a format string's arguments", () => {
    const written: [string, unknown[]][] = [];
    const target = Object.fromEntries(["log", "info", "warn", "error"].map((method) => [method, (...args: unknown[]) => written.push([method, args])])) as unknown as Console;
    installLogPrefix({ JOURNAL_STREAM: "1" }, target);
    target.log("▲ up on %s", "http://localhost:3000");
    target.warn("⚠ check this");
    target.error(new Error("boom"));
    expect(written[0]).toEqual(["log", ["info  ▲ up on %s", "http://localhost:3000"]]);
    expect(written[1]).toEqual(["warn", ["warn  ⚠ check this"]]);
    expect(written[2][1][0]).toBe("error");
    expect(written[2][1][1]).toBeInstanceOf(Error);
  });

  it("prefix each line of a message of several, so the lines that say what to do carry the level too", () => {
    const written: unknown[][] = [];
    const target = Object.fromEntries(["log", "info", "warn", "error"].map((method) => [method, (...args: unknown[]) => written.push(args)])) as unknown as Console;
    installLogPrefix({ JOURNAL_STREAM: "1" }, target);
    target.error("⚠ Form storage did not open: SQLite at /srv/data/guide.db: ENOTDIR\n  Check DATA_DIR (a folder this server can write).");
    expect(written[0]).toEqual(["error ⚠ Form storage did not open: SQLite at /srv/data/guide.db: ENOTDIR\nerror   Check DATA_DIR (a folder this server can write)."]);
  });
});
