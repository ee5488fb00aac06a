import { Columns } from './columns';
import type { AgileSource } from './types';

/** Columns without which a file is not an export of that source, as the source spells them. */
export const requiredColumns: Record<AgileSource, string[]> = {
  jira: ['Summary', 'Issue key'],
  linear: ['ID', 'Title', 'Status'],
};

export function missingColumns(columns: Columns, source: AgileSource): string[] {
  return requiredColumns[source].filter((name) => !columns.has(name));
}

/** Which export a header row belongs to, or null when it is neither. */
export function detectFormatFromHeader(header: string[]): AgileSource | null {
  const columns = new Columns(header);
  if (missingColumns(columns, 'jira').length === 0) return 'jira';
  if (missingColumns(columns, 'linear').length === 0) return 'linear';
  return null;
}
