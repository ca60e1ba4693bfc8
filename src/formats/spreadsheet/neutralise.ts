/**
 * Formula injection (CSV injection, OWASP): a cell that starts with `=`, `+`, `-`, `@`, a tab or a
 * carriage return is run as a formula when the file is opened in Excel or LibreOffice — a speler named
 * `=HYPERLINK("http://…")` would become a link, worse ones run commands. Every exported text cell that
 * starts so gets a leading apostrophe, which spreadsheets show as text and never evaluate; the import
 * takes such an apostrophe off again, so the round trip keeps the original text.
 */
const DANGEROUS_START = /^[=+\-@\t\r]/;

export function neutralise(cell: string): string {
  return DANGEROUS_START.test(cell) ? `'${cell}` : cell;
}

/** Undoes `neutralise` for a cell read back from one of our files. */
export function restoreNeutralised(cell: string): string {
  return cell.startsWith("'") && DANGEROUS_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}
