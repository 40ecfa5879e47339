import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import ErrorPage from "@/app/error";
import { ContentError } from "@/lib/content/problems";

const problem = { file: "content/guides/vetting.mdx", line: 12, column: 3, message: 'unknown component <Calout>', hint: 'did you mean <Callout>?' };
const error = new ContentError([problem]);

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("the error page", () => {
  it("in production says something went wrong, offers a way back, and shows nothing internal", () => {
    vi.stubEnv("NODE_ENV", "production");
    const html = renderToStaticMarkup(<ErrorPage error={Object.assign(new Error("secret: /srv/app/.env at line 3"), { digest: "123" })} reset={() => {}} />);
    expect(html).toContain("Something went wrong");
    expect(html).toContain("Try again");
    expect(html).toContain('href="/#chapters"');
    expect(html).not.toContain("secret");
    expect(html).not.toContain(".env");
  });

  it("under next dev shows every content problem with its file, line and hint, so the editor can fix it", () => {
    vi.stubEnv("NODE_ENV", "development");
    const html = renderToStaticMarkup(<ErrorPage error={error} />);
    expect(html).toContain("the content has a problem");
    expect(html).toContain("content/guides/vetting.mdx:12:3");
    expect(html).toContain("unknown component &lt;Calout&gt;");
    expect(html).toContain("did you mean &lt;Callout&gt;?");
  });
});
