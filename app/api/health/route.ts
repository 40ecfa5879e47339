import { checkWritable, getStore } from "@/lib/store";

export const dynamic = "force-dynamic";

/**
 * The outcome of the last write check, redone at most every 10 s: each one commits a row (an fsync on SQLite,
 * the write lock held meanwhile), and this address is public and may be polled by anyone.
 */
const writeEveryMs = 10_000;
let lastWrite: { at: number; ok: Promise<boolean> } | undefined;

/**
 * `GET /api/health`, for the operator's monitoring: 200 `{"status":"ok","forms":"ok"}` when this instance
 * serves and its form store answers and takes writes, 503 `{"status":"degraded","forms":"unavailable"}` when it
 * does not (pages still work then; the forms answer 503 with "nothing was stored"). A write as well as a read:
 * a full disk or a read-only database answers reads while every form fails. Says nothing else: no version, no
 * host, no error text. Never cached.
 */
export async function GET() {
  const formsOk = await getStore()
    .then(async (store) => {
      await store.schemaVersion(); // a database gone away fails this at once
      const now = Date.now();
      if (!lastWrite || now - lastWrite.at >= writeEveryMs) lastWrite = { at: now, ok: checkWritable(store, now).then(() => true, () => false) };
      return lastWrite.ok;
    })
    .catch(() => false);
  return Response.json(formsOk ? { status: "ok", forms: "ok" } : { status: "degraded", forms: "unavailable" }, {
    status: formsOk ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
