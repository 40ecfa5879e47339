"use client";

/**
 * Error boundary for pages. In development it shows the content problems (file:line:col, message, hint)
 * so an editor can fix them; saving the file reloads the page. In production nothing internal is shown.
 */
export default function ErrorPage({ error }: { error: Error & { digest?: string } }) {
  const isDev = process.env.NODE_ENV === "development";
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-16 sm:px-6">
      <h1 className="text-2xl font-bold">{isDev ? "This page cannot be shown: the content has a problem" : "Something went wrong"}</h1>
      {isDev ? (
        <pre className="mt-6 overflow-x-auto rounded-lg border border-border bg-bg-subtle p-4 text-sm whitespace-pre-wrap">{error.message}</pre>
      ) : (
        <p className="mt-4 text-fg-muted">Please reload the page in a moment.</p>
      )}
    </main>
  );
}
