/**
 * Save text as a .csv file through the browser's download, without a server round trip:
 * the rows are already in the page.
 */
export function downloadCsv(fileName: string, csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], {type: 'text/csv;charset=utf-8'}));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: some browsers start reading the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** "区域查询_锦绣社区_设施_20261120.csv"; characters Windows forbids in names become _. */
export function csvFileName(area: string, table: string, now = new Date()): string {
  const day = `${now.getFullYear()}${String(now.getMonth() + 1).padStart(2, '0')}${String(now.getDate()).padStart(2, '0')}`;
  return `区域查询_${area}_${table}_${day}.csv`.replace(/[\\/:*?"<>|\s]+/g, '_');
}
