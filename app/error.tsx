"use client";

import { pagePaths } from "@/lib/paths";

/**
 * Error boundary for pages. In development it shows the content problems (file:line:col, message, hint)
 * so an editor can fix them; saving the file reloads the page. In production nothing internal is shown:
 * no message, no stack, only a way to try again and a way back to the guide.
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset?: () => void }) {
  const isDev = process.env.NODE_ENV === "development";
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-16 sm:px-6">
      <h1 className="text-2xl font-bold">{isDev ? "This page cannot be shown: the content has a problem" : "Something went wrong"}</h1>
      {isDev ? (
        <pre className="mt-6 overflow-x-auto rounded-lg border border-border bg-bg-subtle p-4 text-sm whitespace-pre-wrap">{error.message}</pre>
      ) : (
        <p className="mt-4 text-fg-muted">This page could not be shown. Please try again in a moment.</p>
      )}
      <p className="mt-6 flex flex-wrap gap-4">
        {reset && (
          <button type="button" onClick={reset} className="rounded-lg bg-accent px-4 py-2 font-semibold text-on-accent hover:bg-accent-hover">
            Try again
          </button>
        )}
        {/* A plain link, not AppLink: after an error, a full page load is the safer way back. */}
        <a href={pagePaths.contents} className="self-center font-semibold text-accent underline underline-offset-4">
          Back to the chapters
        </a>
      </p>
    </main>
  );
}
