import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { computeDrift, readCsvText } from '@shared/monitoring';

const csv = readFileSync(fileURLToPath(new URL('../../fixtures/datasets/penguins.csv', import.meta.url)), 'utf8');
const [header, ...lines] = csv.trim().split('\n');
const rows = (keep: (cells: string[]) => boolean) => readCsvText([header, ...lines.filter((l) => keep(l.split(',')))].join('\n'), 'penguins');

/** Agreement to the number of significant digits the expected value is written with. */
function expectSignificant(actual: number, expected: string) {
  const digits = expected.replace(/e.*$/i, '').replace(/[-.]/g, '').replace(/^0+/, '').length;
  expect(Math.abs(actual - Number(expected)) / Math.abs(Number(expected))).toBeLessThanOrEqual(0.5 * 10 ** (1 - digits));
}

describe('drift on the Palmer penguins (expected values from scipy 1.17)', () => {
  it('finds no drift between Adelie on Torgersen/Biscoe and Adelie on Dream', () => {
    const reference = rows((c) => c[0] === 'Adelie' && (c[1] === 'Torgersen' || c[1] === 'Biscoe'));
    const current = rows((c) => c[0] === 'Adelie' && c[1] === 'Dream');
    // 96 rows, one of them (Torgersen, row 4) with every measurement missing.
    expect([reference.rowCount, current.rowCount]).toEqual([96, 56]);
    const result = computeDrift(reference, current, { columns: ['bill_length_mm', 'bill_depth_mm', 'flipper_length_mm', 'body_mass_g', 'sex'] });
    const expected: [string, string, string][] = [
      ['bill_length_mm', 'ks', '0.47126'],
      ['bill_depth_mm', 'ks', '0.641551'],
      ['flipper_length_mm', 'ks', '0.955266'],
      ['body_mass_g', 'ks', '0.90928'],
      ['sex', 'z', '0.864385'],
    ];
    expected.forEach(([column, method, p], i) => {
      expect(result.columns[i]).toMatchObject({ column, method, drift: false });
      expectSignificant(result.columns[i].score, p);
    });
    expect(result.columns[0]).toMatchObject({ type: 'num', nReference: 95, nCurrent: 56 });
    expect(result.columns[4]).toMatchObject({ type: 'cat', nReference: 91, nCurrent: 55 });
    expect(result).toMatchObject({ driftedColumns: 0, driftShare: 0, datasetDrift: false });
  });

  it('finds drift in body measures between male and female penguins, not in species or island', () => {
    const result = computeDrift(rows((c) => c[6] === 'MALE'), rows((c) => c[6] === 'FEMALE'), {
      columns: ['bill_length_mm', 'bill_depth_mm', 'flipper_length_mm', 'body_mass_g', 'species', 'island'],
    });
    const expected: [string, string, string, boolean][] = [
      ['bill_length_mm', 'ks', '2.97655e-12', true],
      ['bill_depth_mm', 'ks', '5.59046e-13', true],
      ['flipper_length_mm', 'ks', '9.36311e-05', true],
      ['body_mass_g', 'ks', '2.24653e-15', true],
      ['species', 'chisquare', '0.953287', false],
      ['island', 'chisquare', '0.94339', false],
    ];
    expected.forEach(([column, method, p, drift], i) => {
      expect(result.columns[i]).toMatchObject({ column, method, drift, nReference: 168, nCurrent: 165 });
      expectSignificant(result.columns[i].score, p);
    });
    expect(result.driftedColumns).toBe(4);
    expect(result.driftShare).toBeCloseTo(4 / 6, 12);
    expect(result.datasetDrift).toBe(true);
  });

  it('lets a stricter dataset share keep the same columns from calling the dataset drifted', () => {
    const result = computeDrift(rows((c) => c[6] === 'MALE'), rows((c) => c[6] === 'FEMALE'), {
      columns: ['bill_length_mm', 'bill_depth_mm', 'flipper_length_mm', 'body_mass_g', 'species', 'island'],
      driftShare: 0.7,
    });
    expect(result.datasetDrift).toBe(false);
  });
});
