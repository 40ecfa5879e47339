import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // lib/ modules that touch the file system import "server-only"; in tests they run on the server anyway.
      "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/unit/**/*.test.tsx"],
    environment: "node",
    testTimeout: 30_000,
    pool: "forks",
    // Vitest's default is one fork fewer than the cores: a single one on this 2-core machine, where many
    // tests wait (on a mail server, a lock, a spawned check) rather than compute. Two took the unit phase
    // from about 67 s to 44 s; every suite has its own files, ports and PostgreSQL database.
    maxWorkers: 2,
    // Starts a throwaway PostgreSQL server unless npm test already did (TEST_DATABASE_URL).
    globalSetup: ["tests/unit/global-setup.ts"],
  },
});
