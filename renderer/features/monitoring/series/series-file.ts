import Papa from 'papaparse';
import { detectSeriesMapping, type SeriesMapping, type TimestampGuess } from '@shared/monitoring';

/** A metrics file read into memory, with its columns. */
export interface Loaded {
  name: string;
  text: string;
  columns: string[];
}

/** The columns of a metrics file (CSV header, or the keys of a JSON array's objects). */
export function seriesColumns(text: string): string[] {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    try {
      const json = JSON.parse(trimmed) as unknown;
      const list = Array.isArray(json) ? json : (json as { points?: unknown }).points;
      if (!Array.isArray(list)) return [];
      return [...new Set(list.flatMap((r) => (r && typeof r === 'object' ? Object.keys(r as object) : [])))];
    } catch {
      return [];
    }
  }
  const first = Papa.parse<string[]>(trimmed, { preview: 1 });
  return (first.data[0] ?? []).map((c) => c.trim()).filter(Boolean);
}

/** The mapping a file starts from, and the time column found (or null), each said in words. */
export function detect(file: Loaded): { mapping: Partial<SeriesMapping>; found: TimestampGuess | null } {
  try {
    const { mapping, timestamp } = detectSeriesMapping(file.name, file.text);
    return { mapping, found: timestamp };
  } catch {
    return { mapping: {}, found: null };
  }
}

