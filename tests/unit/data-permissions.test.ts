import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { sendMail } from "@/lib/mail/transport";
import { openSqlite } from "@/lib/store/sqlite";
import { removeTempDirs, tempDir } from "../support/temp-dirs";

afterAll(removeTempDirs);

/** The permission bits other accounts (group and others) get on a path. */
const forOthers = (file: string) => fs.statSync(file).mode & 0o077;

// With the usual umask (022) new folders and files were readable by every account on the machine: guide.db
// holds every reader's address, the consultation requests and the signing secret; the outbox their mails.
describe("DATA_DIR is the server's own user's only", () => {
  test("the SQLite folder, guide.db and its write-ahead log", async () => {
    const previous = process.umask(0o022);
    try {
      const dir = path.join(tempDir("guide-perm-"), "data");
      const engine = openSqlite(path.join(dir, "guide.db"));
      await engine.run("CREATE TABLE t (x TEXT)");
      await engine.run("INSERT INTO t VALUES ('ada@example.com')");
      expect(forOthers(dir)).toBe(0);
      for (const file of ["guide.db", "guide.db-wal", "guide.db-shm"]) expect(forOthers(path.join(dir, file)), file).toBe(0);
    } finally {
      process.umask(previous);
    }
  });

  test("the outbox folder and each mail in it", async () => {
    const previous = process.umask(0o022);
    const saved = { DATA_DIR: process.env.DATA_DIR, SMTP_URL: process.env.SMTP_URL };
    try {
      process.env.DATA_DIR = path.join(tempDir("guide-perm-"), "data");
      delete process.env.SMTP_URL;
      await sendMail({ to: "ada@example.com", subject: "Test", text: "Hello" });
      const outbox = path.join(process.env.DATA_DIR, "outbox");
      expect(forOthers(outbox)).toBe(0);
      const files = fs.readdirSync(outbox);
      expect(files).toHaveLength(1);
      expect(forOthers(path.join(outbox, files[0]))).toBe(0);
    } finally {
      process.umask(previous);
      for (const [key, value] of Object.entries(saved)) if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });
});
