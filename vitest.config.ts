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
    // Starts a throwaway PostgreSQL server unless npm test already did (TEST_DATABASE_URL).
    globalSetup: ["tests/unit/global-setup.ts"],
  },
});
