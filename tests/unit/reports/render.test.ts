import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { writeCsv } from '@shared/csv/write-csv';
import { mdText, renderCsv, renderHtml, renderMarkdown, reportCharts, type ReportModel } from '@shared/reports';
import { sprint2Report } from './fixture-model';

const decisions: ReportModel['decisions'] = [
  { id: 'd1', kind: 'decision', text: 'Ship v3 only behind the shadow flag', owner: 'Alan Turing', date: '2026-03-20' },
  { id: 'd2', kind: 'ask', text: 'Approve two more GPUs for retraining', owner: 'Grace Hopper', date: '' },
];

describe('Markdown and HTML output (snapshots a reviewer can read)', () => {
  const team = sprint2Report({ decisions, override: { health: 'off track', justification: 'The monitor breach blocks the canary rollout.' } });
  const exec = sprint2Report({ audience: 'executive', decisions });

  it('Markdown: every section, charts omitted with a note', async () => {
    const md = renderMarkdown(team);
    await expect(md).toMatchFileSnapshot('__snapshots__/sprint-2-team.md');
    expect(md).toContain('_Chart omitted (Burndown: Sprint 2): charts are in the HTML and PDF versions of this report._');
  });

  it('Markdown: charts linked as SVG files saved beside it', async () => {
    const md = renderMarkdown(exec, { chartFiles: { burndown: 'status-burndown.svg', velocity: 'status-velocity.svg', forecast: 'status-forecast.svg', heatmap: 'status-heatmap.svg' } });
    await expect(md).toMatchFileSnapshot('__snapshots__/sprint-2-executive.md');
    expect(md).toContain('![Burndown: Sprint 2](status-burndown.svg)');
    expect(md).not.toContain('Sprint items');
  });

  it('HTML: one self-contained file with inline styles and SVG charts', async () => {
    const html = renderHtml(exec, { pageSize: 'Letter' });
    await expect(html).toMatchFileSnapshot('__snapshots__/sprint-2-executive.html');
    expect(html.match(/<svg /g)).toHaveLength(5); // burndown, velocity, forecast, roadmap, heatmap
    expect(html).toContain('size: Letter');
    expect(html).toContain('counter(page)');
    expect(html).toMatch(/figure[^{]*\{[^}]*break-inside: avoid/);
    // Item keys never wrap at their hyphen ("CM-" / "66"), and only short tables move whole to the next page.
    expect(html).toMatch(/<td class="rp-nowrap">FD-\d+<\/td>/);
    expect(html).toContain('.rp-nowrap { white-space: nowrap; }');
  });

  it('HTML names no URL at all, and loads with the network disabled', async () => {
    const html = renderHtml(team);
    expect(html).not.toMatch(/https?:\/\/|url\(|<script|<link|src=/i);
    const requests: string[] = [];
    const window = new Window({ url: 'about:blank', settings: { disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true } });
    window.fetch = (async (input: unknown) => {
      requests.push(String(input));
      throw new Error('network disabled');
    }) as unknown as typeof window.fetch;
    window.document.write(html);
    await window.happyDOM.waitUntilComplete();
    const doc = window.document;
    expect(requests).toEqual([]);
    expect(doc.title).toBe('Fraud detection status: Sprint 2');
    expect([...doc.querySelectorAll('h2')].map((h) => h.textContent)).toEqual([
      'Health: Off track', 'Summary', 'Delivery', 'Roadmap', 'Experiments', 'Models', 'Risks', 'Decisions and asks', 'Plan for the next period', 'What changed since the previous report',
    ]);
    expect(doc.querySelectorAll('figure.rp-chart svg[role="img"]').length).toBe(5);
    expect(doc.querySelector('#rp-delivery')?.textContent).toContain('18 of 25 points done (72 %)');
    await window.happyDOM.close();
  });

  it('synced text cannot inject markup into HTML, SVG or Markdown', () => {
    const hostile = '<img src=x onerror=alert(1)> [click](javascript:alert(1)) | pipe';
    const model = sprint2Report({ title: hostile, decisions: [{ id: 'x', kind: 'ask', text: hostile, owner: '<b>me</b>', date: '' }] });
    const html = renderHtml(model);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>me</b>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    for (const chart of reportCharts({ ...model, delivery: { ...model.delivery, sprint: { ...model.delivery.sprint!, name: '<script>x</script>' } } })) expect(chart.svg).not.toContain('<script>');
    const md = renderMarkdown(model);
    expect(md).not.toContain('[click](javascript');
    expect(md).toContain('\\<img src=x onerror=alert(1)\\> \\[click\\](javascript:alert(1)) \\| pipe');
    expect(mdText('a_b*c')).toBe('a\\_b\\*c');
  });

  it('CSV: the items behind each section, one section column, spreadsheet formulas defused', () => {
    const csv = renderCsv(team);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('section,key,title,type,status,owner,date,value,detail');
    expect(lines).toContain('blocked,FD-10,Drift dashboard,story,In progress,Grace Hopper,,3,');
    expect(lines).toContain('monitor,,Accuracy floor,accuracy,triggered,,,,fraud-scorer v3; accuracy 0.84 is < 0.9 (mean of 1 value(s) over 1 day(s)).');
    expect(lines).toContain('ask,,Approve two more GPUs for retraining,,,Grace Hopper,,,');
    const sections = new Set(lines.slice(1).map((l) => l.split(',')[0]));
    for (const s of ['health', 'sprint item', 'velocity', 'forecast', 'experiment', 'promotion', 'deployment', 'monitor', 'drift', 'fairness', 'retraining', 'top risk', 'new risk', 'closed risk', 'review overdue', 'decision', 'next period', 'what changed']) {
      expect(sections, s).toContain(s);
    }
    expect(writeCsv(['a', 'b'], [['=HYPERLINK("x")', 'a,b'], ['-1', "'quoted"]])).toBe(`a,b\r\n"'=HYPERLINK(""x"")","a,b"\r\n"'-1","''quoted"`);
  });
});
