import { reportCharts, type ChartSvg } from './charts';
import type { ReportModel } from './model';
import { escapeMarkdown, escapeMarkdownCell, markdownLinkTarget, safeUserMarkdown } from '../markdown';
import {
  carryOverTitle, changeLines, decisionTable, deliveryLines, experimentTable, headerLine, healthLines, itemTable, listLimit,
  modelLines, modelTables, nextLines, riskLines, riskTable, sectionTitles, velocityTable, type Table,
} from './sections';
import { ROADMAP_TITLE, roadmapLines, roadmapTable } from './roadmap-section';

export interface MarkdownOptions {
  /** File names of charts saved beside the Markdown (chart id -> name); charts without one are omitted with a note. */
  chartFiles?: Partial<Record<ChartSvg['id'], string>>;
}

/** Inline text from data: synced text cannot inject links, images, HTML or structure (see shared/markdown). */
export const mdText = escapeMarkdown;
const mdCell = escapeMarkdownCell;

function table(t: Table): string[] {
  if (t.rows.length === 0) return [`_${mdText(t.empty)}_`, ''];
  return [
    `**${mdText(t.caption)}**`,
    '',
    `| ${t.head.map(mdCell).join(' | ')} |`,
    `| ${t.head.map(() => '---').join(' | ')} |`,
    ...t.rows.map((row) => `| ${row.map(mdCell).join(' | ')} |`),
    '',
  ];
}

/**
 * The report as Markdown for wikis and chat. Charts cannot live in Markdown: each is linked as
 * an SVG file saved beside it (`chartFiles`) or omitted with a note pointing to the HTML/PDF.
 */
export function renderMarkdown(model: ReportModel, options: MarkdownOptions = {}): string {
  const charts = new Map(reportCharts(model).map((chart) => [chart.id, chart]));
  const chart = (id: ChartSvg['id']): string[] => {
    const found = charts.get(id);
    if (!found) return [];
    const file = options.chartFiles?.[id];
    return file ? [`![${mdText(found.caption)}](${markdownLinkTarget(file)})`, ''] : [`_Chart omitted (${mdText(found.caption)}): charts are in the HTML and PDF versions of this report._`, ''];
  };
  const limit = listLimit(model);
  const health = healthLines(model);
  const out: string[] = [`# ${mdText(model.title)}`, '', mdText(headerLine(model)), ''];

  out.push(`## ${sectionTitles.health}: ${mdText(health.verdict)}`, '');
  if (health.override) out.push(`> ${mdText(health.override)}`, '');
  out.push(...health.reasons.map((r) => `- ${mdText(r)}`), '');

  // The summary is the user's own Markdown, kept as written (theirs to format) minus raw HTML and remote images.
  out.push(`## ${sectionTitles.summary}`, '', safeUserMarkdown(model.summary.trim()) || '_No summary written._', '');

  out.push(`## ${sectionTitles.delivery}`, '', ...deliveryLines(model).map((line) => `- ${mdText(line)}`), '');
  out.push(...chart('burndown'), ...table(velocityTable(model)), ...chart('velocity'), ...chart('forecast'));
  out.push(...table(itemTable(carryOverTitle(model), model.delivery.carryOver, 'No carry-over.', limit)));
  out.push(...table(itemTable('Blocked', model.delivery.blocked, 'Nothing is blocked.', limit)));
  if (model.audience === 'team') out.push(...table(itemTable('Sprint items', model.delivery.items, 'The sprint has no items.')));

  const roadmap = roadmapTable(model);
  if (roadmap) out.push(`## ${ROADMAP_TITLE}`, '', ...roadmapLines(model).map((line) => `- ${mdText(line)}`), '', ...table(roadmap));

  out.push(`## ${sectionTitles.experiments}`, '', `- ${model.experiments.concluded.length} concluded in the period, ${model.experiments.running} still running.`, '');
  out.push(...table(experimentTable(model)));

  out.push(`## ${sectionTitles.models}`, '', ...modelLines(model).map((line) => `- ${mdText(line)}`), '');
  for (const t of modelTables(model)) out.push(...table(t));
  out.push(...table(itemTable('Retraining planned', model.models.retraining, 'No retraining planned.', limit)));

  out.push(`## ${sectionTitles.risks}`, '', ...riskLines(model).map((line) => `- ${mdText(line)}`), '');
  out.push(...table(riskTable('Top risks by score', model.risks.top, 'No open risks.')), ...chart('heatmap'));
  out.push(...table(riskTable('New in the period', model.risks.opened, 'No new risks.')));
  out.push(...table(riskTable('Closed in the period', model.risks.closed, 'No risks closed.')));
  out.push(...table(riskTable('Reviews overdue', model.risks.overdue, 'No reviews overdue.')));

  out.push(`## ${sectionTitles.decisions}`, '', ...table(decisionTable(model)));
  out.push(`## ${sectionTitles.next}`, '', ...nextLines(model).map((line) => `- ${mdText(line)}`), '');
  if (model.next.items.length) out.push(...table(itemTable('Next sprint items', model.next.items, '', limit)));
  out.push(`## ${sectionTitles.changes}`, '', ...changeLines(model).map((line, i) => (i === 0 && model.changes.since ? mdText(line) : `- ${mdText(line)}`)), '');
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
