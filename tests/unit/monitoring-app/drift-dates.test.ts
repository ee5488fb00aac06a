// The app's drift view on a file with a date column: the date is set aside with a note (as Evidently
// does), unless the user chooses a type for it, and the histograms come from the shared layout.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadPair, runDrift } from '../../../renderer/features/monitoring/drift/drift-job';

const blob = (name: string) => new Blob([readFileSync(fileURLToPath(new URL(`../../fixtures/datasets/${name}`, import.meta.url)))]);

describe('drift view with a date column', async () => {
  const pair = await loadPair(blob('seaice-1980-1984.csv'), 'early.csv', blob('seaice-2015-2019.csv'), 'late.csv');

  it('marks Date as a date/time column when the files load', () => {
    expect(pair.columns.map((c) => [c.name, c.datetime])).toEqual([['Date', true], ['Extent', false]]);
  });

  it('leaves it out of the drift share and says why', () => {
    const run = runDrift(pair, { perColumn: {}, driftShare: 0.5 });
    expect(run.summary.columns.map((c) => c.column)).toEqual(['Extent']);
    expect(run.summary).toMatchObject({ driftedColumns: 1, datasetDrift: true });
    expect(run.errors).toEqual([{ column: 'Date', message: 'Date holds dates or times: left out of the drift share (choose a type to compare it anyway).' }]);
    expect(Object.keys(run.histograms)).toEqual(['Extent']);
  });

  it('scores it when the user chooses a type', () => {
    const run = runDrift(pair, { perColumn: { Date: { type: 'cat' } }, driftShare: 0.5 });
    expect(run.summary.columns.map((c) => c.column)).toEqual(['Date', 'Extent']);
    expect(run.errors).toEqual([]);
  });
});
