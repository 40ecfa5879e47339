/** Formatting of the bench's Markdown tables. */

/** A Markdown table; numbers are right-aligned. */
export function markdownTable(headers: string[], rows: (string | number)[][]): string {
  const align = headers.map((_, i) => (rows.some((row) => typeof row[i] === "number" || /^-?[\d.,]+( ?[×%])?$/.test(String(row[i]))) ? "---:" : "---"));
  const line = (cells: (string | number)[]) => `| ${cells.map(String).join(" | ")} |`;
  return [line(headers), line(align), ...rows.map(line)].join("\n");
}

/** Bytes as KiB with one decimal, e.g. 14.9 (as a string, so tables keep the unit in the header). */
export const kib = (bytes: number) => (bytes / 1024).toFixed(1);

/** Bytes as MiB with one decimal. */
export const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/** A number with a fixed count of decimals. */
export const fixed = (n: number, digits = 1) => n.toFixed(digits);

/** Median of some numbers (the mean of the middle two for an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
