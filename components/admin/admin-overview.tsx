import { optionLabel, roleOptions, teamSizeOptions, timelineOptions } from "@/lib/forms/fields";
import type { Consultation } from "@/lib/store";

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/**
 * The operator's view: subscriber counts and the latest consultation requests. Everything a reader typed is
 * rendered as text by React (escaped); nothing here uses raw HTML.
 */
export function AdminOverview({ consultations, counts }: { consultations: Consultation[]; counts: { pending: number; confirmed: number } }) {
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-5xl px-4 py-12 focus:outline-none sm:px-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-3xl font-bold tracking-tight">Requests and subscribers</h1>
        <form method="post" action="/api/admin/sign-out">
          <button type="submit" className="rounded-lg border border-border-strong px-4 py-2 font-semibold hover:border-accent">
            Sign out
          </button>
        </form>
      </div>
      <h2 className="mt-8 text-xl font-semibold">Newsletter</h2>
      <dl className="mt-3 grid max-w-md grid-cols-2 gap-3">
        <div className="rounded-lg border border-border p-4">
          <dt className="text-sm text-fg-muted">Confirmed subscribers</dt>
          <dd data-count="confirmed" className="text-2xl font-bold">{counts.confirmed}</dd>
        </div>
        <div className="rounded-lg border border-border p-4">
          <dt className="text-sm text-fg-muted">Waiting for confirmation</dt>
          <dd data-count="pending" className="text-2xl font-bold">{counts.pending}</dd>
        </div>
      </dl>
      <h2 className="mt-10 text-xl font-semibold">Latest consultation requests ({consultations.length})</h2>
      {consultations.length === 0 ? (
        <p className="mt-3 text-fg-muted">None yet.</p>
      ) : (
        <ol className="mt-4 space-y-4">
          {consultations.map((c) => (
            <li key={c.id} className="rounded-lg border border-border p-4">
              <h3 className="font-semibold">
                <span className="font-mono">{c.reference}</span> · {c.name}, {c.company}
              </h3>
              <p className="text-sm text-fg-muted">
                {dateTime.format(c.createdAt)} UTC · <span className="break-all">{c.email}</span> · {optionLabel(roleOptions, c.role)} ·{" "}
                {optionLabel(teamSizeOptions, c.teamSize)} · {optionLabel(timelineOptions, c.timeline)}
              </p>
              <p className="mt-2 whitespace-pre-wrap break-words">{c.message}</p>
            </li>
          ))}
        </ol>
      )}
      <p className="mt-8 text-sm text-fg-muted">Full lists as CSV: <code>npm run export -- subscribers</code> or <code>npm run export -- consultations</code>.</p>
    </main>
  );
}
