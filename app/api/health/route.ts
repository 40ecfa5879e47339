import { checkWritable, getStore } from "@/lib/store";

export const dynamic = "force-dynamic";

/**
 * `GET /api/health`, for the operator's monitoring: 200 `{"status":"ok","forms":"ok"}` when this instance
 * serves and its form store takes a write, 503 `{"status":"degraded","forms":"unavailable"}` when it does not
 * (pages still work then; the forms answer 503 with "nothing was stored"). A write, not a read: a full disk
 * or a read-only database answers reads while every form fails. Says nothing else: no version, no
 * host, no error text. Never cached.
 */
export async function GET() {
  const formsOk = await getStore()
    .then((store) => checkWritable(store))
    .then(
      () => true,
      () => false,
    );
  return Response.json(formsOk ? { status: "ok", forms: "ok" } : { status: "degraded", forms: "unavailable" }, {
    status: formsOk ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
