import { stringify } from "csv-stringify/sync";

/**
 * A whole CSV document (RFC 4180) for the export command: header row, then one row per record, every cell
 * quoted, CRLF line ends. A cell that a spreadsheet would run as a formula (starting with =, +, -, @, tab or
 * CR) gets a leading apostrophe, as OWASP advises for CSV injection (csv-stringify's `escape_formulas`).
 */
export function toCsv(columns: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return stringify([columns, ...rows], { quoted: true, quoted_empty: true, escape_formulas: true, record_delimiter: "windows" });
}
