import Papa from 'papaparse';
import { detectFormatFromHeader, requiredColumns } from './detect-format';
import { parseJiraCsv } from './jira-csv';
import { parseLinearCsv } from './linear-csv';
import { ImportFormatError, type AgileParseResult, type AgileSource } from './types';

export const agileParsers: Record<AgileSource, (text: string) => AgileParseResult> = {
  jira: parseJiraCsv,
  linear: parseLinearCsv,
};

/** Which export the text is, judged by its header row alone; null when it is neither (or not CSV). */
export function detectAgileFormat(text: string): AgileSource | null {
  if (text.includes('\u0000')) return null;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const header = Papa.parse<string[]>(body, { header: false, delimiter: ',', preview: 1 }).data[0];
  return header ? detectFormatFromHeader(header.map((h) => h.trim())) : null;
}

/** Parses a Jira or Linear export, detecting which from the header; anything else is refused. */
export function parseAgileCsv(text: string): AgileParseResult & { format: AgileSource } {
  const format = detectAgileFormat(text);
  if (!format) {
    const wanted = Object.entries(requiredColumns)
      .map(([source, columns]) => `${source}: ${columns.join(', ')}`)
      .join('; ');
    throw new ImportFormatError(`not a Jira or Linear CSV export: the header lacks the expected columns (${wanted})`, 'csv');
  }
  return { ...agileParsers[format](text), format };
}
