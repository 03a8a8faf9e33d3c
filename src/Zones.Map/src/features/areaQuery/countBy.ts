/** How many rows share each label, most frequent first (ties in label order, stable for tests). */
export function countBy<T>(rows: readonly T[], key: (row: T) => string): {label: string; count: number}[] {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const label = key(row);
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return [...counts]
    .map(([label, count]) => ({label, count}))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'zh-CN'));
}
