// A typed-array column store built row by row (from papaparse's `step` in a Web Worker, or from the
// byte-level reader in csv-columns.ts). Columns start numeric and turn categorical at the first
// non-missing value that is not a number, so typing is automatic; `withColumnType` overrides it.

export type ColumnType = 'num' | 'cat';

export interface NumericColumn {
  type: 'num';
  /** One value per row, NaN where the cell was missing. */
  values: Float64Array;
  missing: number;
  /** Every present value is an integer (numpy's histogram treats integer arrays differently). */
  allIntegers: boolean;
}

export interface CategoricalColumn {
  type: 'cat';
  /** One code per row into `dictionary`, −1 where the cell was missing. */
  codes: Int32Array;
  dictionary: string[];
  missing: number;
}

export type Column = NumericColumn | CategoricalColumn;

export interface Dataset {
  columns: string[];
  rowCount: number;
  data: Map<string, Column>;
}

/** pandas' default missing-value markers, so a file reads the way it would in a notebook. */
export const MISSING_MARKERS = new Set([
  '', '#N/A', '#N/A N/A', '#NA', '-1.#IND', '-1.#QNAN', '-NaN', '-nan', '1.#IND', '1.#QNAN', '<NA>', 'N/A', 'NA',
  'NULL', 'NaN', 'None', 'n/a', 'nan', 'null',
]);

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const INFINITY = /^([+-])?(inf|infinity)$/i;

/** A cell's number, or null when it is not one (decimal notation, as pandas reads it). */
export function parseNumber(text: string): number | null {
  const t = text.trim();
  if (NUMBER.test(t)) return Number(t);
  const inf = INFINITY.exec(t);
  if (inf) return inf[1] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  return null;
}

export class DatasetError extends Error {}

class ColumnBuilder {
  type: ColumnType = 'num';
  length = 0;
  missing = 0;
  allIntegers = true;
  private nums = new Float64Array(1024);
  private codes: Int32Array | null = null;
  private dictionary: string[] = [];
  private index = new Map<string, number>();

  private grow(): void {
    if (this.codes) {
      const next = new Int32Array(this.codes.length * 2);
      next.set(this.codes);
      this.codes = next;
    } else {
      const next = new Float64Array(this.nums.length * 2);
      next.set(this.nums);
      this.nums = next;
    }
  }

  private capacity(): number {
    return this.codes ? this.codes.length : this.nums.length;
  }

  pushMissing(): void {
    if (this.length === this.capacity()) this.grow();
    if (this.codes) this.codes[this.length++] = -1;
    else this.nums[this.length++] = Number.NaN;
    this.missing++;
  }

  pushNumber(x: number): void {
    if (this.codes) return this.pushText(String(x));
    if (this.length === this.nums.length) this.grow();
    this.nums[this.length++] = x;
    if (this.allIntegers && !Number.isInteger(x)) this.allIntegers = false;
  }

  pushText(text: string): void {
    if (!this.codes) this.becomeCategorical();
    if (this.length === this.capacity()) this.grow();
    this.codes![this.length++] = this.codeOf(text);
  }

  private codeOf(text: string): number {
    let code = this.index.get(text);
    if (code === undefined) {
      code = this.dictionary.length;
      this.dictionary.push(text);
      this.index.set(text, code);
    }
    return code;
  }

  /** Numbers already read become their shortest text ("1.50" reads back as "1.5"). */
  private becomeCategorical(): void {
    const codes = new Int32Array(Math.max(1024, this.nums.length));
    for (let i = 0; i < this.length; i++) {
      const x = this.nums[i];
      codes[i] = Number.isNaN(x) ? -1 : this.codeOf(String(x));
    }
    this.codes = codes;
    this.nums = new Float64Array(0);
    this.type = 'cat';
  }

  finish(): Column {
    if (this.codes) return { type: 'cat', codes: this.codes.slice(0, this.length), dictionary: this.dictionary, missing: this.missing };
    return { type: 'num', values: this.nums.slice(0, this.length), missing: this.missing, allIntegers: this.allIntegers };
  }
}

/** Names from a header row: blanks become "Unnamed: i" and repeats get ".1", ".2" (as pandas does). */
export function headerNames(cells: string[]): string[] {
  const seen = new Map<string, number>();
  return cells.map((raw, i) => {
    const base = raw.trim() === '' ? `Unnamed: ${i}` : raw.trim();
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return count === 0 ? base : `${base}.${count}`;
  });
}

/** Consumes rows one at a time; `finish` returns the column store. */
export class ColumnStoreBuilder {
  readonly columns: string[];
  private readonly builders: ColumnBuilder[];
  private rows = 0;

  constructor(header: string[], private readonly source = 'data') {
    this.columns = headerNames(header);
    this.builders = this.columns.map(() => new ColumnBuilder());
  }

  get width(): number {
    return this.columns.length;
  }

  get rowCount(): number {
    return this.rows;
  }

  isNumeric(column: number): boolean {
    return this.builders[column].type === 'num';
  }

  pushNumber(column: number, x: number): void {
    this.builders[column].pushNumber(x);
  }

  pushMissing(column: number): void {
    this.builders[column].pushMissing();
  }

  /** A raw cell: missing marker, number or text. */
  pushCell(column: number, text: string): void {
    const builder = this.builders[column];
    if (MISSING_MARKERS.has(text)) return builder.pushMissing();
    if (builder.type === 'num') {
      const x = parseNumber(text);
      if (x !== null) return builder.pushNumber(x);
    }
    builder.pushText(text);
  }

  /** Marks the end of a row; `line` names the row in the error when its width is wrong. */
  endRow(): void {
    this.rows++;
  }

  /** One whole row of cells (papaparse's `step` result); blank lines are skipped. */
  addRow(cells: string[], line?: number): void {
    if (cells.length === 1 && cells[0] === '') return;
    if (cells.length > this.width) {
      throw new DatasetError(`${this.source}: line ${line ?? this.rows + 2} has ${cells.length} fields, the header has ${this.width}`);
    }
    for (let c = 0; c < this.width; c++) {
      if (c < cells.length) this.pushCell(c, cells[c]);
      else this.pushMissing(c);
    }
    this.endRow();
  }

  finish(): Dataset {
    const data = new Map<string, Column>();
    this.columns.forEach((name, i) => data.set(name, this.builders[i].finish()));
    return { columns: this.columns, rowCount: this.rows, data };
  }
}

/** The same column read as categories (numbers as their shortest text); categories stay as they are. */
export function asCategorical(column: Column): CategoricalColumn {
  if (column.type === 'cat') return column;
  const dictionary: string[] = [];
  const index = new Map<string, number>();
  const codes = new Int32Array(column.values.length);
  for (let i = 0; i < codes.length; i++) {
    const x = column.values[i];
    if (Number.isNaN(x)) {
      codes[i] = -1;
      continue;
    }
    const text = String(x);
    let code = index.get(text);
    if (code === undefined) {
      code = dictionary.length;
      dictionary.push(text);
      index.set(text, code);
    }
    codes[i] = code;
  }
  return { type: 'cat', codes, dictionary, missing: column.missing };
}

/** The same column read as numbers; null when some present value is not a number. */
export function asNumeric(column: Column): NumericColumn | null {
  if (column.type === 'num') return column;
  const parsed = column.dictionary.map(parseNumber);
  if (parsed.some((x) => x === null)) return null;
  const values = new Float64Array(column.codes.length);
  let allIntegers = true;
  for (let i = 0; i < values.length; i++) {
    const code = column.codes[i];
    values[i] = code < 0 ? Number.NaN : (parsed[code] as number);
    if (code >= 0 && !Number.isInteger(values[i])) allIntegers = false;
  }
  return { type: 'num', values, missing: column.missing, allIntegers };
}

/** Overrides a column's automatic type. */
export function withColumnType(dataset: Dataset, name: string, type: ColumnType): Dataset {
  const column = dataset.data.get(name);
  if (!column) throw new DatasetError(`no column named "${name}"`);
  const retyped = type === 'cat' ? asCategorical(column) : asNumeric(column);
  if (!retyped) throw new DatasetError(`column "${name}" holds values that are not numbers`);
  const data = new Map(dataset.data);
  data.set(name, retyped);
  return { ...dataset, data };
}
