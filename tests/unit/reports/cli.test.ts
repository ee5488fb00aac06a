import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { reportFixture } from './report-fixture';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'sprintlab-cli-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function sprintlab(...args: string[]) {
  const result = spawnSync(process.execPath, ['dist/cli/sprintlab.mjs', ...args], { cwd: root, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const backup = join(dir, 'fraud-detection.json');
writeFileSync(backup, JSON.stringify(reportFixture()));
const NOW = '2026-03-16T12:00:00';

describe('sprintlab report <backup.json>', () => {
  it('renders the active sprint as Markdown on stdout, charts omitted with a note', () => {
    const { code, stdout } = sprintlab('report', backup, '--now', NOW);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^# Fraud detection status: Sprint 2\n/);
    expect(stdout).toContain('## Health: At risk');
    expect(stdout).toContain('- Progress: 18 of 25 points done (72 %), 7 points remaining; 24 points committed at the start.');
    expect(stdout).toContain('_Chart omitted (Burndown: Sprint 2)');
  });

  it('renders a named sprint as a self-contained HTML file with --out', () => {
    const out = join(dir, 'sprint-1.html');
    const { code, stderr } = sprintlab('report', backup, '--sprint', 'Sprint 1', '--format', 'html', '--audience', 'team', '--page-size', 'Letter', '--now', NOW, '--out', out);
    expect(code).toBe(0);
    expect(stderr).toContain(`wrote ${out}`);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<title>Fraud detection status: Sprint 1</title>');
    expect(html).toContain('Sprint 1 delivered 15 of 23 committed points (65 %).');
    expect(html).toContain('size: Letter');
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('writes Markdown with its charts as SVG files beside it, for a date range', () => {
    const out = join(dir, 'march.md');
    const { code } = sprintlab('report', backup, '--from', '2026-03-09', '--to', '2026-03-16', '--now', NOW, '--out', out);
    expect(code).toBe(0);
    const md = readFileSync(out, 'utf8');
    expect(md).toContain('# Fraud detection status: 2026-03-09 to 2026-03-16');
    for (const chart of ['burndown', 'velocity', 'forecast', 'heatmap']) {
      expect(md).toContain(`(march-${chart}.svg)`);
      expect(readFileSync(join(dir, `march-${chart}.svg`), 'utf8')).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    }
  });

  it.each([
    [['--sprint', 'Sprint 9'], 'no sprint named "Sprint 9" (sprints: Sprint 0, Sprint 1, Sprint 2, Sprint 3)'],
    [['--from', '2026-03-01'], '--from and --to go together'],
    [['--from', '2026-3-1', '--to', '2026-03-09'], '--from must be a date as YYYY-MM-DD (got "2026-3-1")'],
    [['--from', '2026-03-09', '--to', '2026-03-01'], 'the period ends (2026-03-01) before it starts (2026-03-09)'],
    [['--sprint', 'Sprint 1', '--from', '2026-03-01', '--to', '2026-03-09'], 'choose either --sprint or --from/--to, not both'],
    [['--format', 'pdf'], '--format must be md or html (got "pdf")'],
    [['--audience', 'board'], '--audience must be executive or team (got "board")'],
  ])('exits 2 with a message for bad options %j', (args, message) => {
    const { code, stdout, stderr } = sprintlab('report', backup, ...args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(stdout).toBe('');
  });

  it('exits 2 naming the file and the bad field for a broken or missing backup, and writes nothing', () => {
    const broken = join(dir, 'broken.json');
    const data = reportFixture();
    (data.ops[3] as { value: unknown }).value = 'x';
    data.ops[3].entity = 'items';
    data.ops[3].field = 'estimate';
    writeFileSync(broken, JSON.stringify(data));
    const out = join(dir, 'never.md');
    const bad = sprintlab('report', broken, '--out', out);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/sprintlab: broken\.json: ops\[3\]\.value \(items\.estimate\): /);
    expect(existsSync(out)).toBe(false);
    const notJson = join(dir, 'notes.json');
    writeFileSync(notJson, 'hello');
    expect(sprintlab('report', notJson).stderr).toContain('notes.json: not a JSON file');
    expect(sprintlab('report', join(dir, 'missing.json'))).toMatchObject({ code: 2, stderr: expect.stringContaining('missing.json: no such file') });
  });
});
