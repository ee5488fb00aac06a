import { describe, expect, it } from 'vitest';
import {
  ColumnStoreBuilder, CsvColumnReader, encodeUtf8, fastNumber, readCsvText, sortFloat64, withColumnType,
  type CategoricalColumn, type Dataset, type NumericColumn,
} from '@shared/monitoring';

const numeric = (d: Dataset, name: string) => d.data.get(name) as NumericColumn;
const categorical = (d: Dataset, name: string) => d.data.get(name) as CategoricalColumn;
const texts = (c: CategoricalColumn) => Array.from(c.codes, (code) => (code < 0 ? null : c.dictionary[code]));

const SAMPLE = '\uFEFFid,score,city,note\r\n1,0.5,Zürich,"said ""hi"", left"\r\n2,NA,Oslo,"two\nlines"\r\n3,1e3,,\r\n\r\n4,-2.25,Oslo,x\r\n';

describe('reading CSV into typed columns', () => {
  it('types columns automatically and keeps quotes, line breaks, BOM and missing markers right', () => {
    const d = readCsvText(SAMPLE, 'sample.csv');
    expect(d.columns).toEqual(['id', 'score', 'city', 'note']);
    expect(d.rowCount).toBe(4);
    expect(Array.from(numeric(d, 'score').values)).toEqual([0.5, Number.NaN, 1000, -2.25]);
    expect(numeric(d, 'score').missing).toBe(1);
    expect(numeric(d, 'id').allIntegers).toBe(true);
    expect(texts(categorical(d, 'city'))).toEqual(['Zürich', 'Oslo', null, 'Oslo']);
    expect(texts(categorical(d, 'note'))).toEqual(['said "hi", left', 'two\nlines', null, 'x']);
  });

  it('reads the same columns whichever way the bytes are split into chunks', () => {
    const bytes = encodeUtf8(SAMPLE);
    const whole = readCsvText(SAMPLE);
    for (let cut = 1; cut < bytes.length; cut++) {
      const reader = new CsvColumnReader('chunked.csv');
      reader.push(bytes.subarray(0, cut));
      reader.push(bytes.subarray(cut));
      const d = reader.finish();
      expect(texts(categorical(d, 'note'))).toEqual(texts(categorical(whole, 'note')));
      expect(Array.from(numeric(d, 'score').values)).toEqual(Array.from(numeric(whole, 'score').values));
    }
  });

  it('turns a column categorical when a value is not a number, and lets the user override the type', () => {
    const d = readCsvText('code,v\n1,2\n2,x\n10,3');
    expect(texts(categorical(d, 'v'))).toEqual(['2', 'x', '3']);
    expect(d.data.get('code')?.type).toBe('num');
    expect(withColumnType(d, 'code', 'cat').data.get('code')?.type).toBe('cat');
    expect(() => withColumnType(d, 'v', 'num')).toThrow(/not numbers/);
  });

  it('names the file and line of a row with too many fields', () => {
    expect(() => readCsvText('a,b\n1,2\n3,4,5\n', 'bad.csv')).toThrow('bad.csv: line 3 has more fields');
    expect(() => readCsvText('a,b\n1,"open', 'bad.csv')).toThrow(/bad.csv: line 2 .*never closes/);
    expect(() => readCsvText('', 'empty.csv')).toThrow(/empty.csv: the file is empty/);
  });

  it('reads numbers next to empty cells, at the end of the file and with CRLF alike', () => {
    const d = readCsvText('x,y\r\n1.5,\r\n-2,3.25\r\n,7\n8,');
    expect(Array.from(numeric(d, 'x').values)).toEqual([1.5, -2, Number.NaN, 8]);
    expect(() => readCsvText('x,y\n1,2,3')).toThrow(/line 2 has more fields/);
    expect(() => readCsvText('x,y\n1,2,', 'trailing.csv')).toThrow(/trailing.csv: line 2 has more fields/);
    expect(Array.from(numeric(readCsvText('x,y\n1,2\n3,4'), 'y').values)).toEqual([2, 4]);
  });

  it('fills short rows with missing values and renames repeated headers as pandas does', () => {
    const d = readCsvText('a,a,\n1\n');
    expect(d.columns).toEqual(['a', 'a.1', 'Unnamed: 2']);
    expect(numeric(d, 'a.1').missing).toBe(1);
  });

  it('parses numbers exactly as Number() does, on the fast path and off it', () => {
    const cases = ['0', '-0.5', '+3', '123456789012345', '1234567890123456789', '0.1', '3.14159265358979', '1e-7', '2.5E+10', '.5', '5.', '1e400', '7e-30'];
    for (const text of cases) {
      const bytes = encodeUtf8(text);
      const fast = fastNumber(bytes, 0, bytes.length);
      if (!Number.isNaN(fast)) expect(fast).toBe(Number(text));
    }
    const d = readCsvText(`x\n${cases.join('\n')}`);
    expect(Array.from(numeric(d, 'x').values)).toEqual(cases.map(Number));
    for (const bad of ['1-2', 'e5', '.', '1e', '--1']) expect(fastNumber(encodeUtf8(bad), 0, bad.length)).toBeNaN();
  });

  it('accepts rows from papaparse (the Web Worker path) through the same builder', () => {
    const builder = new ColumnStoreBuilder(['x', 'y']);
    builder.addRow(['1', 'a']);
    builder.addRow(['']);
    builder.addRow(['2']);
    const d = builder.finish();
    expect(d.rowCount).toBe(2);
    expect(Array.from(numeric(d, 'x').values)).toEqual([1, 2]);
    expect(() => builder.addRow(['1', '2', '3'], 9)).toThrow('line 9 has 3 fields');
  });
});

describe('radix sort', () => {
  it('sorts like TypedArray#sort, negatives and all', () => {
    let state = 7;
    const values = Float64Array.from({ length: 5000 }, () => {
      state = (state * 48271) % 2147483647;
      return (state / 2147483647 - 0.5) * 10 ** ((state % 7) - 3);
    });
    values[10] = Number.NEGATIVE_INFINITY;
    values[20] = Number.POSITIVE_INFINITY;
    values[30] = -0;
    expect(Array.from(sortFloat64(values.slice()))).toEqual(Array.from(values.slice().sort()));
  });
});
