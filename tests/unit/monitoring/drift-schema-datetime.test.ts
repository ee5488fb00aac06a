// Drift on real data with a date column (NSIDC sea-ice extent) and with a column missing from one file.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { computeDrift, isDatetimeSample, isIsoDateTime, prepareDataset, readCsvText, schemaDifferences } from '@shared/monitoring';

const fixture = (name: string) => readCsvText(readFileSync(fileURLToPath(new URL(`../../fixtures/datasets/${name}`, import.meta.url)), 'utf8'));
const early = fixture('seaice-1980-1984.csv');
const late = fixture('seaice-2015-2019.csv');

describe('ISO date and time values', () => {
  it.each(['1980-01-01', '2019-12-31', '2024-02-29', '2024-03', '2024-03-01T12:30', '2024-03-01 12:30:45.123456', '2024-03-01T00:00:00Z', '2024-03-01T08:00:00+05:30', '2024-03-01T08:00:00-0800'])(
    '%s is one',
    (text) => expect(isIsoDateTime(text)).toBe(true),
  );
  it.each(['2023-02-29', '2024-13-01', '2024-00-10', '2024-03-01T24:00', '20240301', '1980', '03/01/2024', 'Adelie', '2024-03-01x', '12.5'])(
    '%s is not',
    (text) => expect(isIsoDateTime(text)).toBe(false),
  );
});

describe('datetime columns', () => {
  it('finds the sea-ice Date column and not the numeric Extent', () => {
    const prepared = prepareDataset(early);
    expect(isDatetimeSample(prepared.samples.get('Date')!)).toBe(true);
    expect(isDatetimeSample(prepared.samples.get('Extent')!)).toBe(false);
  });

  it('a text column with one non-date value is not a datetime column', () => {
    const prepared = prepareDataset(readCsvText('when\n2024-01-01\n2024-01-02\nsoon\n'));
    expect(isDatetimeSample(prepared.samples.get('when')!)).toBe(false);
  });

  it('leaves dates out of the drift share, as Evidently does: a later period is not "drift in Date"', () => {
    const result = computeDrift(early, late);
    expect(result.datetimeColumns).toEqual(['Date']);
    expect(result.columns.map((c) => c.column)).toEqual(['Extent']);
    expect(result.columns[0]).toMatchObject({ type: 'num', method: 'ks', drift: true, nReference: 914, nCurrent: 1826 });
    expect(result).toMatchObject({ driftedColumns: 1, driftShare: 1, datasetDrift: true });
  });

  it('scores a date column when the user chose a type for it', () => {
    const result = computeDrift(early, late, { perColumn: { Date: { type: 'cat' } } });
    expect(result.datetimeColumns).toEqual([]);
    expect(result.columns.map((c) => c.column)).toEqual(['Date', 'Extent']);
  });

  it('says so when only date columns are left to compare', () => {
    expect(() => computeDrift(early, late, { columns: ['Date'] })).toThrow('every compared column holds dates or times (Date): nothing to measure drift on');
  });
});

describe('schema differences', () => {
  it('lists the columns each file alone holds, in file order', () => {
    expect(schemaDifferences(['a', 'b', 'c', 'd'], ['d', 'e', 'a'])).toEqual({ onlyInReference: ['b', 'c'], onlyInCurrent: ['e'] });
  });

  it('reports them with the drift of the shared columns', () => {
    const renamed = readCsvText(readFileSync(fileURLToPath(new URL('../../fixtures/datasets/seaice-2015-2019.csv', import.meta.url)), 'utf8').replace(/^Date,Extent/, 'Day,Extent'));
    const result = computeDrift(early, renamed);
    expect(result.schema).toEqual({ onlyInReference: ['Date'], onlyInCurrent: ['Day'] });
    expect(result.columns.map((c) => c.column)).toEqual(['Extent']);
  });
});
