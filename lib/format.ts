/** Formats an ISO date (YYYY-MM-DD) for readers, e.g. "17 April 2026". Pure; no time zone drift. */
export function formatDate(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
}
