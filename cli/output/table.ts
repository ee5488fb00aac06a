/** Rows as aligned columns under a header and a rule of dashes; `paint` colours a cell after padding. */
export function formatTable(rows: string[][], paint: (cell: string, row: number, column: number) => string = (cell) => cell): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const lines = rows.map((r, row) => r.map((cell, i) => paint(cell.padEnd(widths[i]), row, i)).join('  ').trimEnd());
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  return lines.join('\n');
}
