// `sprintlab report <backup.json>`: the stakeholder status report, rendered headlessly from a
// workspace backup with the same builder the app uses (parseBackup + foldOps -> buildReportModel).
import { writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { BackupError, parseBackup } from '@shared/backup/format';
import {
  ReportInputError, ReportPeriodError, buildReportModel, renderHtml, renderMarkdown, reportCharts, reportInputFromOps,
  type ChartSvg, type ReportPeriodChoice,
} from '@shared/reports';
import { CliError } from '../cli-error';
import { inputName, readInputText } from '../files/input-file';
import { count, warn } from '../output/style';

export interface ReportCommandOptions {
  sprint?: string;
  from?: string;
  to?: string;
  format: string;
  out?: string;
  audience: string;
  pageSize: string;
  now?: string;
}

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export interface RenderedReport {
  text: string;
  /** SVG files to write beside a Markdown file: name -> content. */
  charts: { name: string; svg: string }[];
}

export async function runReport(path: string, options: ReportCommandOptions): Promise<RenderedReport> {
  if (options.format !== 'md' && options.format !== 'html') throw new CliError(`--format must be md or html (got "${options.format}")`);
  if (options.audience !== 'executive' && options.audience !== 'team') throw new CliError(`--audience must be executive or team (got "${options.audience}")`);
  if (options.pageSize !== 'A4' && options.pageSize !== 'Letter') throw new CliError(`--page-size must be A4 or Letter (got "${options.pageSize}")`);
  if (options.sprint !== undefined && (options.from !== undefined || options.to !== undefined)) throw new CliError('choose either --sprint or --from/--to, not both');
  if ((options.from === undefined) !== (options.to === undefined)) throw new CliError('--from and --to go together');
  for (const [flag, value] of [['--from', options.from], ['--to', options.to]] as const) {
    if (value !== undefined && !DAY_PATTERN.test(value)) throw new CliError(`${flag} must be a date as YYYY-MM-DD (got "${value}")`);
  }
  let now = Date.now();
  if (options.now !== undefined) {
    now = Date.parse(options.now);
    if (Number.isNaN(now)) throw new CliError(`--now must be an ISO date or date-time (got "${options.now}")`);
  }

  const text = await readInputText(path);
  try {
    const name = path === '-' ? inputName(path) : basename(path);
    const backup = parseBackup(name, text);
    const { input, skipped } = reportInputFromOps(backup.workspaceId, backup.ops);
    for (const line of skipped) warn(`${name}: skipped ${line}`);
    const live = input.sprints.filter((s) => !s.deleted);
    let period: ReportPeriodChoice;
    if (options.from !== undefined && options.to !== undefined) period = { kind: 'dates', from: options.from, to: options.to };
    else if (options.sprint !== undefined) {
      const named = live.filter((s) => s.name === options.sprint);
      if (named.length === 0) throw new CliError(`${path}: no sprint named "${options.sprint}" (sprints: ${live.map((s) => s.name).join(', ') || 'none'})`);
      period = { kind: 'sprint', sprintId: named[0].id };
    } else {
      // Default: the active sprint, else the latest one that has started.
      const started = live.filter((s) => s.state !== 'planned').sort((a, b) => (a.startDate < b.startDate ? 1 : -1));
      const chosen = live.find((s) => s.state === 'active') ?? started[0];
      if (!chosen) throw new CliError(`${path}: the workspace has no started sprint: pass --from and --to`);
      period = { kind: 'sprint', sprintId: chosen.id };
    }
    const model = buildReportModel(input, { period, audience: options.audience, now });
    if (options.format === 'html') return { text: renderHtml(model, { pageSize: options.pageSize }), charts: [] };
    // Markdown written to a file links its charts as SVG files beside it; on stdout they are omitted with a note.
    const charts: RenderedReport['charts'] = [];
    const chartFiles: Partial<Record<ChartSvg['id'], string>> = {};
    if (options.out) {
      const stem = basename(options.out, extname(options.out));
      for (const chart of reportCharts(model)) {
        const name = `${stem}-${chart.id}.svg`;
        chartFiles[chart.id] = name;
        charts.push({ name, svg: `<?xml version="1.0" encoding="UTF-8"?>\n${chart.svg}\n` });
      }
    }
    return { text: renderMarkdown(model, { chartFiles }), charts };
  } catch (error) {
    if (error instanceof BackupError) throw new CliError(error.message);
    if (error instanceof ReportPeriodError || error instanceof ReportInputError) throw new CliError(`${path}: ${error.message}`);
    throw error;
  }
}

/** The command's action: the report on stdout, or written to --out with its charts beside it. */
export async function reportAction(path: string, options: ReportCommandOptions): Promise<void> {
  const report = await runReport(path, options);
  if (!options.out) {
    process.stdout.write(report.text);
    return;
  }
  try {
    // Charts first, the report last: a report file never links a chart that is not there.
    for (const chart of report.charts) await writeFile(join(dirname(options.out), chart.name), chart.svg, 'utf8');
    await writeFile(options.out, report.text, 'utf8');
  } catch (error) {
    throw new CliError(`${options.out}: cannot write (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  process.stderr.write(`sprintlab: wrote ${options.out}${report.charts.length ? ` and ${count(report.charts.length, 'chart')}` : ''}\n`);
}
