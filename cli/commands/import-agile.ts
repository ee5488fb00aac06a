import type { Command } from 'commander';
import { agileParsers, ImportFormatError, type AgileParseResult, type AgileSource } from '@shared/import/agile';
import { CliError } from '../cli-error';
import { readInputFile } from '../files/input-file';

const sourceNames: Record<AgileSource, string> = { jira: 'Jira', linear: 'Linear' };

/** `sprintlab import jira|linear <file.csv> [--json]`: parse an export and print what it holds. */
export function registerImportAgileCommands(program: Command): void {
  // Other capabilities add their own `import …` subcommands, so share the group instead of redefining it.
  const group =
    program.commands.find((c) => c.name() === 'import') ??
    program.command('import').description('parse exports from other tools and print what they hold');
  for (const source of ['jira', 'linear'] as const) {
    group
      .command(`${source} <file>`)
      .description(`parse a ${sourceNames[source]} CSV export${source === 'jira' ? ' ("Export CSV (all fields)")' : ''}`)
      .option('--json', 'print the parsed items and problems as JSON')
      .action(async (file: string, options: { json?: boolean }) => {
        const result = parseFile(source, file, await readText(file));
        process.stdout.write(options.json ? `${JSON.stringify(toJson(result))}\n` : summary(source, file, result));
      });
  }
}

async function readText(file: string): Promise<string> {
  const bytes = await readInputFile(file);
  // Spreadsheet tools re-save CSV as UTF-16 with a byte-order mark; exports themselves are UTF-8.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

function parseFile(source: AgileSource, file: string, text: string): AgileParseResult {
  try {
    return agileParsers[source](text);
  } catch (error) {
    if (error instanceof ImportFormatError) throw new CliError(`${file}: ${error.message}`);
    throw error;
  }
}

/** The documented JSON shape: only these fields, absent values null. */
function toJson(result: AgileParseResult) {
  return {
    items: result.items.map((i) => ({
      key: i.key,
      title: i.title,
      type: i.type,
      status: i.status,
      assignee: i.assignee,
      estimate: i.estimate,
      sprints: i.sprints,
      labels: i.labels,
      parentKey: i.parentKey,
      created: i.created,
    })),
    problems: result.problems.map((p) => ({ line: p.line, message: p.message })),
  };
}

function summary(source: AgileSource, file: string, { items, problems }: AgileParseResult): string {
  const tally = (values: (string | null)[]) => {
    const counts = new Map<string, number>();
    for (const v of values) counts.set(v ?? '(none)', (counts.get(v ?? '(none)') ?? 0) + 1);
    return [...counts].map(([k, n]) => `${k} ${n}`).join(', ') || '-';
  };
  const sprints = new Set(items.flatMap((i) => i.sprints));
  const points = items.reduce((sum, i) => sum + (i.estimate ?? 0), 0);
  const lines = [
    `${file}: ${items.length} ${sourceNames[source]} issue${items.length === 1 ? '' : 's'}, ${problems.length} problem${problems.length === 1 ? '' : 's'}`,
    `  types:    ${tally(items.map((i) => i.type))}`,
    `  statuses: ${tally(items.map((i) => i.status))}`,
    `  sprints:  ${sprints.size > 0 ? [...sprints].join(', ') : '-'}`,
    `  estimated: ${items.filter((i) => i.estimate !== null).length} (${points} points); with a parent: ${items.filter((i) => i.parentKey).length}`,
    ...problems.map((p) => `  line ${p.line}: ${p.message}`),
  ];
  return `${lines.join('\n')}\n`;
}
