import { getStore } from "@/lib/store";

export const dynamic = "force-dynamic";

/**
 * `GET /api/health`, for the operator's monitoring: 200 `{"status":"ok","forms":"ok"}` when this instance
 * serves and its form store answers, 503 `{"status":"degraded","forms":"unavailable"}` when the store does not
 * (pages still work then; the forms answer 503 with "nothing was stored"). Says nothing else: no version, no
 * host, no error text. Never cached.
 */
export async function GET() {
  const formsOk = await getStore()
    .then((store) => store.schemaVersion())
    .then(
      () => true,
      () => false,
    );
  return Response.json(formsOk ? { status: "ok", forms: "ok" } : { status: "degraded", forms: "unavailable" }, {
    status: formsOk ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
