import { writeFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { describeStore, getStore, openStore, openStoreAtStart } from "@/lib/store";
import { removeTempDirs, tempDir } from "../support/temp-dirs";

afterAll(removeTempDirs);
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

/** A loopback port nothing listens on (taken, then released). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe("opening the form store", () => {
  it("names where the store lives for the log, without the database password", () => {
    expect(describeStore({ DATA_DIR: "/srv/guide" })).toBe(`SQLite at ${path.join("/srv/guide", "guide.db")}`);
    const pg = describeStore({ DATABASE_URL: "postgres://guide:s3cret-pass@db.internal:5432/guide" });
    expect(pg).toBe("PostgreSQL at db.internal:5432/guide");
    expect(pg).not.toContain("s3cret");
    expect(describeStore({ DATABASE_URL: "not a url s3cret" })).not.toContain("s3cret");
  });

  it("fails with the system's reason when DATA_DIR cannot hold a folder, and when PostgreSQL does not answer", async () => {
    const file = path.join(tempDir("guide-store-open-"), "a-file");
    writeFileSync(file, "");
    await expect(openStore({ DATA_DIR: path.join(file, "data") })).rejects.toMatchObject({ code: "ENOTDIR" });
    const port = await closedPort();
    await expect(openStore({ DATABASE_URL: `postgres://guide:pw@127.0.0.1:${port}/guide` })).rejects.toMatchObject({ code: "ECONNREFUSED" });
  });

  it("at start, says in the log whether signups can be stored, and never throws", async () => {
    const file = path.join(tempDir("guide-store-start-"), "a-file");
    writeFileSync(file, "");
    vi.stubEnv("DATABASE_URL", "");
    vi.stubEnv("DATA_DIR", path.join(file, "data"));
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    await expect(openStoreAtStart()).resolves.toBeUndefined();
    expect(errors.mock.calls.join("\n")).toMatch(/Form storage did not open: SQLite at .*a-file.*ENOTDIR[\s\S]*answer 503/);

    const dir = tempDir("guide-store-ok-");
    vi.stubEnv("DATA_DIR", dir);
    const logs = vi.spyOn(console, "log").mockImplementation(() => {});
    await openStoreAtStart();
    expect(logs.mock.calls.join("\n")).toContain(`Form storage ready: SQLite at ${path.join(dir, "guide.db")}`);
    await (await getStore()).close();
  });
});
