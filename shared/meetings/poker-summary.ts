import type { PokerSession } from '../domain/meetings';
import { escapeMarkdown, escapeMarkdownCell } from '../markdown';
import { formatPoints } from './vote-stats';
import { resultOf } from './poker-session';

export interface PokerSummaryRow {
  itemId: string;
  key: string;
  title: string;
  /** Points accepted, or null when the item was skipped or never reached. */
  estimate: number | null;
  card: string | null;
  rounds: number;
  ms: number;
}

export interface PokerSummary {
  rows: PokerSummaryRow[];
  estimated: number;
  totalPoints: number;
  totalMs: number;
}

/** The session item by item; items deleted since are left out (the session cannot vouch for them). */
export function pokerSummary(session: PokerSession, items: readonly { id: string; title: string; key: string }[]): PokerSummary {
  const byId = new Map(items.map((item) => [item.id, item]));
  const rows = session.itemIds.flatMap((itemId) => {
    const item = byId.get(itemId);
    if (!item) return [];
    const result = resultOf(session, itemId);
    return [{ itemId, key: item.key, title: item.title, estimate: result.estimate, card: result.card, rounds: result.rounds, ms: result.ms }];
  });
  const estimatedRows = rows.filter((row) => row.card !== null);
  return {
    rows,
    estimated: estimatedRows.length,
    totalPoints: estimatedRows.reduce((sum, row) => sum + (row.estimate ?? 0), 0),
    totalMs: rows.reduce((sum, row) => sum + row.ms, 0),
  };
}

export const formatMinutes = (ms: number) => {
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
};

/** The summary as Markdown: a table of items, estimates, rounds and time, escaped as user text. */
export function pokerSummaryMarkdown(session: PokerSession, summary: PokerSummary, facilitator: string | null): string {
  const lines = [`# ${escapeMarkdown(session.title)}`, ''];
  lines.push(`- Date: ${session.createdAt.slice(0, 10)}`);
  if (facilitator) lines.push(`- Facilitator: ${escapeMarkdown(facilitator)}`);
  lines.push(`- Estimated: ${summary.estimated} of ${summary.rows.length} items, ${formatPoints(summary.totalPoints)} points`);
  lines.push(`- Time: ${formatMinutes(summary.totalMs)}`, '');
  lines.push('| Item | Title | Estimate | Rounds | Time |', '| --- | --- | ---: | ---: | ---: |');
  for (const row of summary.rows) {
    const estimate = row.card === null ? 'not estimated' : `${escapeMarkdownCell(row.card)}${String(row.estimate) === row.card ? '' : ` (${formatPoints(row.estimate ?? 0)} pts)`}`;
    lines.push(`| ${escapeMarkdownCell(row.key)} | ${escapeMarkdownCell(row.title)} | ${estimate} | ${row.rounds} | ${formatMinutes(row.ms)} |`);
  }
  return `${lines.join('\n')}\n`;
}
