/** One CSV column: its Chinese header and how to read the cell from a row. */
export interface CsvColumn<T> {
  header: string;
  value(row: T): string | number | boolean | null | undefined;
}

/** Byte-order mark: without it Excel (zh-CN) opens UTF-8 CSV as GBK and shows mojibake. */
export const BOM = '\uFEFF';

/**
 * RFC 4180 CSV with a UTF-8 BOM and CRLF line ends, as Excel and WPS expect.
 * Text that starts with = + - @ (or tab / CR) is prefixed with ' so a spreadsheet shows it
 * instead of running it as a formula (OWASP "CSV injection"): addresses and descriptions
 * come from citizens. Numbers stay numbers, so negative values still sum.
 */
export function encodeCsv<T>(columns: readonly CsvColumn<T>[], rows: readonly T[]): string {
  const lines = [columns.map((c) => quote(guard(c.header)))];
  for (const row of rows) lines.push(columns.map((c) => cell(c.value(row))));
  return BOM + lines.map((cells) => cells.join(',')).join('\r\n') + '\r\n';
}

function cell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? '是' : '否';
  return quote(guard(value));
}

function guard(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
