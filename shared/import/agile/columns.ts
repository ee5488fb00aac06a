/**
 * Finds columns by name in an export whose headers repeat ("Sprint", "Sprint", "Sprint") and whose
 * custom fields are spelled freely: "Custom field (Story Points)" answers to "story points".
 */
export class Columns {
  private readonly byName = new Map<string, number[]>();
  /** Lookups by the caller's spelling, memoised: every row asks for the same dozen names. */
  private readonly resolved = new Map<string, number[]>();

  constructor(readonly header: string[]) {
    header.forEach((name, index) => {
      const key = normalizeHeader(name);
      const list = this.byName.get(key);
      if (list) list.push(index);
      else this.byName.set(key, [index]);
    });
  }

  has(name: string): boolean {
    return this.indexes(name).length > 0;
  }

  private indexes(name: string): number[] {
    let found = this.resolved.get(name);
    if (!found) this.resolved.set(name, (found = this.byName.get(normalizeHeader(name)) ?? []));
    return found;
  }

  /** The header as the file spells it (for messages), or the name asked for. */
  spelling(name: string): string {
    const index = this.indexes(name)[0];
    return index === undefined ? name : this.header[index];
  }

  /** The first non-empty cell among the columns of the given names, tried in order; trimmed. */
  first(cells: string[], ...names: string[]): string | null {
    for (const name of names) {
      for (const index of this.indexes(name)) {
        const value = cells[index]?.trim();
        if (value) return value;
      }
    }
    return null;
  }

  /** The first non-empty cell, untrimmed inside (descriptions keep their line breaks). */
  text(cells: string[], name: string): string | null {
    for (const index of this.indexes(name)) {
      const value = cells[index];
      if (value && value.trim()) return value.replace(/\r\n?/g, '\n').trim();
    }
    return null;
  }

  /** Every non-empty cell across all repeats of a column, in column order. */
  all(cells: string[], name: string): string[] {
    const values: string[] = [];
    for (const index of this.indexes(name)) {
      const value = cells[index]?.trim();
      if (value) values.push(value);
    }
    return values;
  }
}

export function normalizeHeader(name: string): string {
  const lower = name.trim().toLowerCase().replace(/\s+/g, ' ');
  const custom = /^custom ?field ?\((.*)\)$/.exec(lower);
  return (custom ? custom[1] : lower).trim();
}

export const unique = (values: string[]): string[] => [...new Set(values)];

/** Problems in file order (table-level ones are found before row-level ones). */
export const byLine = <T extends { line: number }>(list: T[]): T[] => [...list].sort((a, b) => a.line - b.line);
