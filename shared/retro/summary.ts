import type { Retro, RetroCard, RetroGroup, RetroVote } from '../domain/retro';
import type { WorkItem } from '../domain/work';
import { escapeMarkdown, escapeMarkdownCell } from '../markdown';
import { actionsOf } from './actions';
import { phaseLabel } from './phases';
import { discussOrder, tallyVotes } from './votes';

export interface RetroSummaryInput {
  retro: Retro;
  cards: readonly RetroCard[];
  groups: readonly RetroGroup[];
  votes: readonly RetroVote[];
  /** Backlog items; those linked to the retro are its actions. */
  items: readonly WorkItem[];
  members: readonly { id: string; name: string }[];
}

/**
 * The retro as Markdown: topics in discuss order with their votes, cards and notes, the cards
 * left ungrouped, and the action items with owner and due date. An anonymous retro names no
 * card author (its cards have none; any stray author is not printed either).
 */
export function retroSummaryMarkdown(input: RetroSummaryInput): string {
  const { retro, members } = input;
  const name = (id: string | null) => (id === null ? null : members.find((member) => member.id === id)?.name ?? id);
  const cards = input.cards.filter((card) => card.retroId === retro.id && !card.deleted);
  const board = { retro, groups: input.groups, votes: input.votes };
  const showVotes = retro.votingClosed;
  const columnTitle = new Map(retro.columns.map((column) => [column.id, column.title]));
  const cardLine = (card: RetroCard) => {
    const author = retro.anonymous ? null : name(card.authorId);
    const column = columnTitle.get(card.columnId) ?? card.columnId;
    return `- ${escapeMarkdown(card.text)} _(${escapeMarkdown(column)}${author ? `, ${escapeMarkdown(author)}` : ''})_`;
  };

  const lines: string[] = [`# ${escapeMarkdown(retro.title)}`, ''];
  lines.push(`- Date: ${escapeMarkdown(retro.createdAt.slice(0, 10))}`);
  lines.push(`- Columns: ${retro.columns.map((column) => escapeMarkdown(column.title)).join(', ')}`);
  if (retro.facilitatorId) lines.push(`- Facilitator: ${escapeMarkdown(name(retro.facilitatorId) ?? '')}`);
  lines.push(`- Cards: ${cards.length}`);
  if (retro.anonymous) lines.push('- Anonymous: authors were not recorded');
  if (retro.phase !== 'close') lines.push(`- Phase: ${phaseLabel(retro.phase)} (not closed yet)`);
  if (retro.checkinQuestion.trim()) lines.push(`- Check-in: ${escapeMarkdown(retro.checkinQuestion)}`);
  lines.push('');

  const topics = discussOrder(board);
  if (topics.length) {
    lines.push(showVotes ? '## Topics, by votes' : '## Topics', '');
    const totals = tallyVotes(board);
    topics.forEach(({ group }, index) => {
      const votes = totals.get(group.id) ?? 0;
      const title = escapeMarkdown(group.title || 'Untitled group');
      lines.push(`### ${index + 1}. ${title}${showVotes ? ` (${votes} ${votes === 1 ? 'vote' : 'votes'})` : ''}`, '');
      for (const card of cards.filter((candidate) => candidate.groupId === group.id)) lines.push(cardLine(card));
      if (group.notes.trim()) lines.push('', ...group.notes.trim().split(/\r?\n/).map((line) => `> ${escapeMarkdown(line)}`));
      lines.push('');
    });
  }

  const grouped = new Set(topics.map(({ group }) => group.id));
  const loose = cards.filter((card) => card.groupId === null || !grouped.has(card.groupId));
  if (loose.length) {
    lines.push(topics.length ? '## Other cards' : '## Cards', '');
    for (const column of retro.columns) {
      const inColumn = loose.filter((card) => card.columnId === column.id);
      if (inColumn.length) lines.push(`### ${escapeMarkdown(column.title)}`, '', ...inColumn.map(cardLine), '');
    }
  }

  const actions = actionsOf(retro.id, input.items);
  lines.push('## Action items', '');
  if (actions.length) {
    lines.push('| Action | Owner | Due | Status |', '|---|---|---|---|');
    for (const item of actions) {
      const cells = [item.title, name(item.assigneeId) ?? 'unassigned', item.dueDate ?? '—', item.completedAt ? 'done' : item.status];
      lines.push(`| ${cells.map(escapeMarkdownCell).join(' | ')} |`);
    }
  } else {
    lines.push('No action items.');
  }
  return `${lines.join('\n')}\n`;
}
