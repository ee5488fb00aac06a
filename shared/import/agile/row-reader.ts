import type { Columns } from './columns';
import type { SourceDate } from './source-dates';
import type { ImportProblem } from './types';

/** Reads typed values from one record, turning unreadable cells into problems that name the column and line. */
export class RowReader {
  constructor(
    private readonly columns: Columns,
    private readonly cells: string[],
    readonly line: number,
    private readonly problems: ImportProblem[],
  ) {}

  first(...names: string[]): string | null {
    return this.columns.first(this.cells, ...names);
  }

  text(name: string): string | null {
    return this.columns.text(this.cells, name);
  }

  all(name: string): string[] {
    return this.columns.all(this.cells, name);
  }

  /** The first non-empty column among `names` read as a number; a non-number is a problem and null. */
  number(...names: string[]): number | null {
    const raw = this.first(...names);
    if (raw === null) return null;
    const value = Number(raw.replace(',', '.'));
    if (Number.isFinite(value)) return value;
    this.problem(`${this.label(names)}: "${raw}" is not a number`);
    return null;
  }

  date(name: string, parse: (text: string) => SourceDate | null, example: string): SourceDate | null {
    const raw = this.first(name);
    if (raw === null) return null;
    const parsed = parse(raw);
    if (!parsed) this.problem(`${this.label([name])}: "${raw}" is not a date (expected e.g. ${example})`);
    return parsed;
  }

  problem(message: string): void {
    this.problems.push({ line: this.line, message });
  }

  /** The header as the file spells it, for messages. */
  private label(names: string[]): string {
    for (const name of names) {
      if (this.columns.has(name)) return this.columns.spelling(name);
    }
    return names[0];
  }
}
