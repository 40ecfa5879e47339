import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildIdFromSource } from "@/lib/build-id";
import { removeTempDirs, tempDir } from "../support/temp-dirs";

afterAll(removeTempDirs);

describe("the build's ID", () => {
  it("is the commit for a clean work tree, so instances built apart from one commit agree; a random one (null) with uncommitted changes or no repository; GUIDE_BUILD_ID when the operator gives one (not Jenkins's BUILD_ID)", () => {
    const repo = tempDir("guide-build-id-");
    const git = (...args: string[]) => execFileSync("git", ["-c", "user.name=Operator", "-c", "user.email=ops@example.com", ...args], { cwd: repo, encoding: "utf8" }).trim();
    git("init", "-q");
    writeFileSync(path.join(repo, "page.txt"), "one");
    git("add", "-A");
    git("commit", "-q", "-m", "first");
    const head = git("rev-parse", "HEAD");
    expect(buildIdFromSource({}, repo)).toBe(head);
    expect(buildIdFromSource({ BUILD_ID: "jenkins-7" }, repo)).toBe(head); // a CI's own variable is not ours
    // Built twice from the same commit (two hosts): the same ID.
    expect(buildIdFromSource({}, repo)).toBe(buildIdFromSource({}, repo));

    writeFileSync(path.join(repo, "page.txt"), "two, not committed");
    expect(buildIdFromSource({}, repo)).toBeNull();
    expect(buildIdFromSource({ GUIDE_BUILD_ID: " release-42 ", BUILD_ID: "jenkins-7" }, repo)).toBe("release-42");
    expect(buildIdFromSource({}, tempDir("guide-no-repo-"))).toBeNull();
  });
});
