/**
 * `npm run export -- subscribers` and `npm run export -- consultations`: the whole table as CSV on stdout,
 * from the store the environment selects (DATABASE_URL, else DATA_DIR/guide.db). Cells that a spreadsheet
 * would run as formulas are neutralised (csv.ts).
 */
import { noStoreAt, openStore } from "@/lib/store";
import { toCsv } from "./csv";

const iso = (ms: number | null) => (ms == null ? "" : new Date(ms).toISOString());

async function main(kind: string | undefined): Promise<number> {
  if (kind !== "subscribers" && kind !== "consultations") {
    process.stderr.write("Usage: npm run export -- subscribers|consultations\n");
    return 2;
  }
  const missing = noStoreAt();
  if (missing) {
    process.stderr.write(`${missing}\n`);
    return 1;
  }
  const store = await openStore(process.env, { readOnly: true });
  try {
    if (kind === "subscribers") {
      const rows = (await store.listSubscribers()).map((s) => [s.email, s.status, iso(s.createdAt), iso(s.confirmedAt), s.consentText, iso(s.consentAt)]);
      process.stdout.write(toCsv(["email", "status", "created_at", "confirmed_at", "consent_text", "consent_at"], rows));
    } else {
      const rows = (await store.listConsultations(Number.MAX_SAFE_INTEGER)).map((c) => [
        c.reference, iso(c.createdAt), c.name, c.email, c.company, c.role, c.teamSize, c.timeline, c.message, c.consentText, iso(c.consentAt),
      ]);
      process.stdout.write(toCsv(["reference", "created_at", "name", "email", "company", "role", "team_size", "timeline", "message", "consent_text", "consent_at"], rows));
    }
    return 0;
  } finally {
    await store.close();
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`export failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
