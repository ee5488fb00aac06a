import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { exportRaidCsv, importRaidCsv } from '@shared/risks';
import { arbitraryRisk, makeRisk, WS } from './risk-fixtures';

const header = 'ID,Kind,Title,Category,Likelihood,Impact,Review date,Status';

describe('RAID CSV', () => {
  it('imports back exactly what it exported, for many generated registers', () => {
    fc.assert(
      fc.property(fc.uniqueArray(arbitraryRisk, { selector: (risk) => risk.id, maxLength: 25 }), (risks) => {
        const result = importRaidCsv(exportRaidCsv(risks), { workspaceId: WS });
        expect(result).toEqual({ ok: true, rows: risks });
      }),
      { numRuns: 200 },
    );
  });

  it('writes readable headers, derived score columns and neutralised formulas', () => {
    const csv = exportRaidCsv([makeRisk({ title: '=HYPERLINK("http://x")', likelihood: 4, impact: 5, residualLikelihood: 1, residualImpact: 2, links: ['item:1', 'monitor:m2'] })]);
    const [head, row] = Papa.parse<string[]>(csv).data;
    const cell = (name: string) => row[head.indexOf(name)];
    expect(head.slice(0, 3)).toEqual(['ID', 'Kind', 'Title']);
    expect(cell('Title')).toBe('\'=HYPERLINK("http://x")');
    expect([cell('Score'), cell('Band'), cell('Residual score')]).toEqual(['20', 'critical', '2']);
    expect(cell('Links')).toBe('item:1 monitor:m2');
    expect(csv.includes('\r\n')).toBe(true);
  });

  it('accepts a hand-made file: field names, any case, defaults, a byte-order mark', () => {
    const csv = '\uFEFFid,TITLE,category,likelihood,impact,nist ai rmf function,eu ai act tier\nR-1,Vendor lock-in,Vendor and compute,2,4,govern,High-risk\n';
    const result = importRaidCsv(csv, { workspaceId: WS, now: '2025-03-01T00:00:00.000Z' });
    expect(result).toMatchObject({
      ok: true,
      rows: [{ id: 'R-1', title: 'Vendor lock-in', category: 'vendor and compute', nistFunction: 'Govern', euAiActTier: 'high-risk', likelihood: 2, impact: 4, status: 'open', kind: 'risk', createdAt: '2025-03-01T00:00:00.000Z' }],
    });
    const withIds = importRaidCsv('Title\nA\nB\n', { workspaceId: WS, newId: (() => { let n = 0; return () => `new-${++n}`; })() });
    expect(withIds.ok && withIds.rows.map((risk) => risk.id)).toEqual(['new-1', 'new-2']);
  });

  it('refuses the whole file when a row is bad, naming its line and column', () => {
    const csv = [
      header,
      'R1,risk,Fine,technical,3,3,2025-04-01,open',
      'R2,risk,"Cell over',
      'two lines",technical,9,3,2025-04-01,open',
      'R3,rumour,Bad kind,technical,3,3,01/04/2025,open',
      '',
      'R1,risk,Same id,technical,3,3,,open',
      'R5,risk,,technical,3,3,,open',
      'R6,risk,Short row',
    ].join('\n');
    const result = importRaidCsv(csv, { workspaceId: WS });
    expect(result.ok).toBe(false);
    expect('rows' in result).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      { line: 3, field: 'Likelihood', message: 'expected a whole number from 1 to 5, got "9"' },
      { line: 5, field: 'Kind', message: '"rumour" is not one of: risk, assumption, issue, dependency' },
      { line: 5, field: 'Review date', message: 'expected a date as YYYY-MM-DD, got "01/04/2025"' },
      { line: 7, field: 'ID', message: 'the ID "R1" is already used on line 2' },
      { line: 8, field: 'Title', message: 'the title is empty' },
      { line: 9, field: 'row', message: 'expected 8 cells, found 3' },
    ]);
  });

  it('refuses unknown or repeated columns, a missing Title, an empty file and rows without an id', () => {
    expect(importRaidCsv('ID,Title,Severity\n1,x,high\n', { workspaceId: WS })).toEqual({
      ok: false, problems: [{ line: 1, field: 'Severity', message: 'unknown column "Severity"' }],
    });
    expect(importRaidCsv('ID,Title,title\n', { workspaceId: WS })).toEqual({
      ok: false, problems: [{ line: 1, field: 'title', message: 'column "Title" appears twice' }],
    });
    expect(importRaidCsv('ID,Kind\n1,risk\n', { workspaceId: WS })).toEqual({
      ok: false, problems: [{ line: 1, field: 'Title', message: 'the header has no Title column' }],
    });
    expect(importRaidCsv('', { workspaceId: WS })).toEqual({ ok: false, problems: [{ line: 1, field: 'file', message: 'The file is empty; expected a header row' }] });
    expect(importRaidCsv('ID,Title\n,x\n', { workspaceId: WS })).toEqual({ ok: false, problems: [{ line: 2, field: 'ID', message: 'the ID is empty' }] });
    const unclosed = importRaidCsv('ID,Title\n1,"never closed\n', { workspaceId: WS });
    expect(unclosed.ok).toBe(false);
    if (!unclosed.ok) expect(unclosed.problems[0]).toMatchObject({ line: 2, field: 'row' });
  });
});
