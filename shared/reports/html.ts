import { reportCharts, type ChartSvg } from './charts';
import { escapeXml as esc } from './escape';
import type { Health, ReportModel } from './model';
import {
  carryOverTitle, changeLines, decisionTable, deliveryLines, experimentTable, headerLine, healthLines, itemTable, listLimit,
  modelLines, modelTables, nextLines, riskLines, riskTable, sectionTitles, velocityTable, type Table,
} from './sections';
import { ROADMAP_TITLE, roadmapLines, roadmapSvg, roadmapTable } from './roadmap-section';

export type PageSize = 'A4' | 'Letter';

export interface HtmlOptions {
  pageSize?: PageSize;
}

const healthColours: Record<Health, { bg: string; fg: string }> = {
  'on track': { bg: '#e3f4e6', fg: '#1b5e20' },
  'at risk': { bg: '#fff1d6', fg: '#7a4100' },
  'off track': { bg: '#fde2e1', fg: '#9b1c1c' },
};

/**
 * Styles for screen and print. Page breaks never split a chart, a table row or a heading from
 * what follows; page numbers come from @page margin boxes (Chromium, so also Electron's
 * printToPDF); everything is inline, with no fonts, images or scripts fetched from anywhere.
 */
function styles(pageSize: PageSize): string {
  return `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #f5f7fa; color: #1f2933; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.rp-doc { max-width: 820px; margin: 24px auto; background: #fff; padding: 32px 40px; border: 1px solid #d9e2ec; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 28px 0 8px; padding-bottom: 4px; border-bottom: 2px solid #d9e2ec; break-after: avoid; page-break-after: avoid; }
h3 { font-size: 14px; margin: 16px 0 6px; break-after: avoid; page-break-after: avoid; }
p, ul { margin: 6px 0; }
.rp-meta { color: #52606d; margin: 0 0 16px; }
.rp-health { display: inline-block; padding: 2px 12px; border-radius: 999px; font-weight: 700; }
.rp-override { border-left: 4px solid #52606d; padding: 4px 12px; background: #f5f7fa; }
.rp-summary { border: 1px solid #d9e2ec; padding: 8px 16px; background: #fbfcfd; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 14px; font-size: 12.5px; }
caption { text-align: left; font-weight: 700; padding: 4px 0; caption-side: top; }
th, td { border: 1px solid #cbd2d9; padding: 4px 6px; text-align: left; vertical-align: top; }
th { background: #eef2f6; }
.rp-nowrap { white-space: nowrap; }
thead { display: table-header-group; }
tr, figure, .rp-keep { break-inside: avoid; page-break-inside: avoid; }
figure.rp-chart { margin: 10px 0 16px; }
figure.rp-chart svg { width: 100%; max-width: 640px; height: auto; display: block; }
figcaption { color: #52606d; font-size: 12px; margin-top: 4px; }
.rp-empty { color: #52606d; font-style: italic; }
@page { size: ${pageSize}; margin: 16mm 14mm 18mm;
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 9pt system-ui, sans-serif; color: #52606d; }
  @bottom-left { content: "Sprintlab status report"; font: 9pt system-ui, sans-serif; color: #52606d; } }
@media print {
  body { background: #fff; font-size: 11pt; }
  .rp-doc { max-width: none; margin: 0; padding: 0; border: 0; }
}
`;
}

// Only short tables move whole: keeping a 12-row table together left most of page 1 empty.
const KEEP_TABLE_ROWS = 5;
/** Columns whose values must not wrap: "CM-166" split at its hyphen reads as "CM-" and "166". */
const NOWRAP_COLUMNS = new Set(['Key', 'On', 'By', 'Date', 'Review', 'Concluded']);

function table(t: Table): string {
  if (t.rows.length === 0) return `<div class="rp-keep"><h3>${esc(t.caption)}</h3><p class="rp-empty">${esc(t.empty)}</p></div>`;
  return (
    // A short table moves to the next page whole rather than leave its header behind; long ones break between rows.
    `<table${t.rows.length <= KEEP_TABLE_ROWS ? ' class="rp-keep"' : ''}><caption>${esc(t.caption)}</caption><thead><tr>${t.head.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead>` +
    `\n<tbody>\n${t.rows.map((row) => `<tr>${row.map((cell, i) => `<td${NOWRAP_COLUMNS.has(t.head[i]) ? ' class="rp-nowrap"' : ''}>${esc(cell)}</td>`).join('')}</tr>`).join('\n')}\n</tbody></table>\n`
  );
}

const list = (lines: readonly string[]) => `<ul>\n${lines.map((line) => `<li>${esc(line)}</li>`).join('\n')}\n</ul>\n`;

/** The user's summary: paragraphs and "- " lists, everything else as text (no raw HTML). */
export function summaryHtml(text: string): string {
  const blocks = text.trim().split(/\n\s*\n/);
  return blocks
    .map((block) => {
      const lines = block.split('\n');
      const items = lines.filter((line) => /^\s*[-*]\s+/.test(line));
      const prose = lines.filter((line) => !/^\s*[-*]\s+/.test(line));
      return (
        (prose.length ? `<p>${prose.map(esc).join('<br>')}</p>` : '') +
        (items.length ? `<ul>${items.map((line) => `<li>${esc(line.replace(/^\s*[-*]\s+/, ''))}</li>`).join('')}</ul>` : '')
      );
    })
    .join('');
}

/** Inline SVG does not need the namespace URL, and a report file must not name any URL at all. */
const inlineSvg = (chart: ChartSvg) => chart.svg.replace(' xmlns="http://www.w3.org/2000/svg"', '');

function figure(chart: ChartSvg | undefined): string {
  if (!chart) return '';
  return `<figure class="rp-chart" data-chart="${chart.id}">\n${inlineSvg(chart)}\n<figcaption>${esc(chart.caption)}</figcaption></figure>\n`;
}

/** The report's body (sections only), for embedding; `renderHtml` wraps it into a file. */
export function renderHtmlBody(model: ReportModel): string {
  const charts = new Map(reportCharts(model).map((chart) => [chart.id, chart]));
  const limit = listLimit(model);
  const health = healthLines(model);
  const colour = healthColours[model.health.final];
  const section = (id: string, title: string, body: string) => `<section class="rp-section" id="rp-${id}" aria-labelledby="rp-${id}-h">\n<h2 id="rp-${id}-h">${title}</h2>\n${body}</section>\n`;

  return [
    `<header><h1>${esc(model.title)}</h1><p class="rp-meta">${esc(headerLine(model))}</p></header>`,
    section(
      'health',
      `${sectionTitles.health}: <span class="rp-health" style="background:${colour.bg};color:${colour.fg}">${esc(health.verdict)}</span>`,
      (health.override ? `<p class="rp-override">${esc(health.override)}</p>` : '') + list(health.reasons),
    ),
    section('summary', sectionTitles.summary, `<div class="rp-summary">${summaryHtml(model.summary) || '<p class="rp-empty">No summary written.</p>'}</div>`),
    section(
      'delivery',
      sectionTitles.delivery,
      list(deliveryLines(model)) +
        figure(charts.get('burndown')) +
        figure(charts.get('velocity')) +
        table(velocityTable(model)) +
        figure(charts.get('forecast')) +
        table(itemTable(carryOverTitle(model), model.delivery.carryOver, 'No carry-over.', limit)) +
        table(itemTable('Blocked', model.delivery.blocked, 'Nothing is blocked.', limit)) +
        (model.audience === 'team' ? table(itemTable('Sprint items', model.delivery.items, 'The sprint has no items.')) : ''),
    ),
    roadmapHtml(model, section),
    section(
      'experiments',
      sectionTitles.experiments,
      list([`${model.experiments.concluded.length} concluded in the period, ${model.experiments.running} still running.`]) + table(experimentTable(model)),
    ),
    section(
      'models',
      sectionTitles.models,
      list(modelLines(model)) + modelTables(model).map(table).join('') + table(itemTable('Retraining planned', model.models.retraining, 'No retraining planned.', limit)),
    ),
    section(
      'risks',
      sectionTitles.risks,
      list(riskLines(model)) +
        table(riskTable('Top risks by score', model.risks.top, 'No open risks.')) +
        figure(charts.get('heatmap')) +
        table(riskTable('New in the period', model.risks.opened, 'No new risks.')) +
        table(riskTable('Closed in the period', model.risks.closed, 'No risks closed.')) +
        table(riskTable('Reviews overdue', model.risks.overdue, 'No reviews overdue.')),
    ),
    section('decisions', sectionTitles.decisions, table(decisionTable(model))),
    section('next', sectionTitles.next, list(nextLines(model)) + (model.next.items.length ? table(itemTable('Next sprint items', model.next.items, '', limit)) : '')),
    section('changes', sectionTitles.changes, list(changeLines(model))),
  ].join('\n');
}

function roadmapHtml(model: ReportModel, section: (id: string, title: string, body: string) => string): string {
  const t = roadmapTable(model);
  if (!t) return '';
  const svg = roadmapSvg(model);
  const chart = svg ? `<figure class="rp-chart" data-chart="roadmap">\n${svg}\n<figcaption>Roadmap: forecast band 50 % to 95 % (bar), 85 % date (tick), target (diamond, red when at risk)</figcaption></figure>\n` : '';
  return section('roadmap', ROADMAP_TITLE, list(roadmapLines(model)) + chart + table(t));
}

/** A single self-contained HTML file: styles and SVG charts inline, no scripts, no URLs. */
export function renderHtml(model: ReportModel, options: HtmlOptions = {}): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${esc(model.title)}</title>
<style>${styles(options.pageSize ?? 'A4')}</style>
</head>
<body>
<main class="rp-doc">
${renderHtmlBody(model)}
</main>
</body>
</html>
`;
}
