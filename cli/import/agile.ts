import { agileParsers, ImportFormatError, type AgileParseResult, type AgileSource } from '@shared/import/agile';
import { CliError } from '../cli-error';
import { inputName, readInputFile } from '../files/input-file';
import { count } from '../output/style';

const sourceNames: Record<AgileSource, string> = { jira: 'Jira', linear: 'Linear' };

/** `sprintlab import jira|linear <file.csv> [--json]`: parse an export and print what it holds. */
export async function agileAction(source: AgileSource, file: string, options: { json?: boolean }): Promise<void> {
  const result = parseFile(source, file, await readText(file));
  process.stdout.write(options.json ? `${JSON.stringify(toJson(result))}\n` : summary(source, inputName(file), result));
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
    if (error instanceof ImportFormatError) throw new CliError(`${inputName(file)}: ${error.message}`);
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
    `${file}: ${count(items.length, `${sourceNames[source]} issue`)}, ${count(problems.length, 'problem')}`,
    `  types:    ${tally(items.map((i) => i.type))}`,
    `  statuses: ${tally(items.map((i) => i.status))}`,
    `  sprints:  ${sprints.size > 0 ? [...sprints].join(', ') : '-'}`,
    `  estimated: ${items.filter((i) => i.estimate !== null).length} (${points} points); with a parent: ${items.filter((i) => i.parentKey).length}`,
    ...problems.map((p) => `  line ${p.line}: ${p.message}`),
  ];
  return `${lines.join('\n')}\n`;
}
