import { describe, expect, it } from 'vitest';
import { renderCsv, renderHtml, renderMarkdown } from '@shared/reports';
import { sprint2Report } from './fixture-model';

describe('the roadmap section of the status report', () => {
  const model = sprint2Report();

  it('forecasts each open epic with its band, target and verdict', () => {
    expect(model.roadmap?.epics).toEqual([
      expect.objectContaining({ key: 'FD-1', title: 'Launch fraud scoring', target: '2026-04-05', p50: '2026-03-30', p85: '2026-03-31', p95: '2026-04-01', status: 'on track', reason: 'P85 lands 31 Mar, 5 days before the target 5 Apr' }),
    ]);
  });

  it('shows in HTML (and so in the PDF printed from it) with a timeline of bands, in Markdown and in CSV', () => {
    const html = renderHtml(model);
    expect(html).toContain('<h2 id="rp-roadmap-h">Roadmap</h2>');
    expect(html).toMatch(/<figure class="rp-chart" data-chart="roadmap">\n<svg [^>]*role="img"/);
    expect(renderMarkdown(model)).toContain('| FD-1 | Launch fraud scoring | unassigned | – | 2026-03-30 to 2026-04-01 | 2026-03-31 | 2026-04-05 | on track | P85 lands 31 Mar, 5 days before the target 5 Apr | – |');
    expect(renderCsv(model)).toContain('roadmap,FD-1,Launch fraud scoring,epic,on track,unassigned,2026-03-31,2026-04-05,"p50 2026-03-30; p85 2026-03-31; p95 2026-04-01; P85 lands 31 Mar, 5 days before the target 5 Apr"');
  });

  it('flags an epic whose target the 85 % date misses, with the reason, in every format', () => {
    const late = { ...model, roadmap: { ...model.roadmap!, epics: model.roadmap!.epics.map((e) => ({ ...e, target: '2026-03-20', status: 'at risk', reason: 'P85 lands 31 Mar, 11 days after the target 20 Mar' })) } };
    expect(renderMarkdown(late)).toContain('- 1 at risk (85 % date after the target): FD-1 Launch fraud scoring: P85 lands 31 Mar, 11 days after the target 20 Mar.');
    expect(renderHtml(late)).toContain('fill="#9b1c1c"><title>FD-1 Launch fraud scoring: target 2026-03-20</title>');
  });

  it('leaves a report saved before the section existed as it was', () => {
    const { roadmap: _dropped, ...old } = model;
    expect(renderHtml(old)).not.toContain('rp-roadmap');
    expect(renderMarkdown(old)).not.toContain('## Roadmap');
    expect(renderCsv(old)).not.toContain('\r\nroadmap,');
  });
});
