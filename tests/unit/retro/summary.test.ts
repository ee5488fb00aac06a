import { describe, expect, it } from 'vitest';
import { retroVoteSchema, workItemSchema, type WorkItem } from '@shared/domain';
import { actionItemPrefill, retroSummaryMarkdown, voteRowId } from '@shared/retro';
import { makeCard, makeGroup, makeRetro, NOW, WS } from './retro-fixtures';

const members = [{ id: 'ana', name: 'Ana Lima' }, { id: 'ben', name: 'Ben Okafor' }, { id: 'cleo', name: 'Cleo Park' }];
const votes = [
  ['g-ci', 'ben', 3], ['g-ci', 'cleo', 1], ['g-gpu', 'cleo', 2],
].map(([groupId, memberId, count]) =>
  retroVoteSchema.parse({ id: voteRowId('retro-1', String(groupId), String(memberId)), workspaceId: WS, createdAt: NOW, retroId: 'retro-1', groupId, memberId, count }));

function item(overrides: Partial<WorkItem>): WorkItem {
  return workItemSchema.parse({ id: 'w1', workspaceId: WS, createdAt: NOW, number: 1, type: 'task', title: 'x', status: 'todo', rank: 'a0', ...overrides });
}

function summary(anonymous: boolean) {
  const retro = makeRetro({ phase: 'close', anonymous, revealed: true, votingClosed: true, checkinQuestion: 'One word for the sprint?' });
  const authored = (id: string, text: string, columnId: string, authorId: string, groupId: string | null) =>
    makeCard(id, text, { columnId, authorId: anonymous ? null : authorId, groupId });
  const prefill = actionItemPrefill(retro, { title: 'Quarantine flaky tests', ownerId: 'ben', dueDate: '2025-03-28' });
  if (!prefill.ok) throw new Error(prefill.message);
  return retroSummaryMarkdown({
    retro,
    members,
    votes,
    cards: [
      authored('c1', 'Flaky tests in CI', 'stop', 'ben', 'g-ci'),
      authored('c2', 'CI | tests *are* flaky', 'stop', 'cleo', 'g-ci'),
      authored('c3', 'GPU quota ran out', 'start', 'cleo', 'g-gpu'),
      authored('c4', 'Keep the demo day', 'continue', 'ben', null),
    ],
    groups: [makeGroup('g-ci', 'Flaky CI', { notes: 'Owners rotate weekly.' }), makeGroup('g-gpu', 'GPU quota')],
    items: [
      item({ ...prefill.item, id: 'w1' }),
      item({ id: 'w2', number: 2, title: 'Unrelated', links: ['retro:other'] }),
    ],
  });
}

describe('retro summary in Markdown', () => {
  it('lists topics by votes with their cards, notes, loose cards and actions', () => {
    const markdown = summary(false);
    expect(markdown).toContain('# Sprint 12 retro');
    expect(markdown).toContain('- Check-in: One word for the sprint?');
    const ci = markdown.indexOf('### 1. Flaky CI (4 votes)');
    const gpu = markdown.indexOf('### 2. GPU quota (2 votes)');
    expect(ci).toBeGreaterThan(0);
    expect(gpu).toBeGreaterThan(ci);
    expect(markdown).toContain('- Flaky tests in CI _(Stop, Ben Okafor)_');
    expect(markdown).toContain('- CI \\| tests \\*are\\* flaky _(Stop, Cleo Park)_');
    expect(markdown).toContain('> Owners rotate weekly.');
    expect(markdown).toContain('## Other cards\n\n### Continue\n\n- Keep the demo day _(Continue, Ben Okafor)_');
    expect(markdown).toContain('| Quarantine flaky tests | Ben Okafor | 2025-03-28 | todo |');
    expect(markdown).not.toContain('Unrelated');
  });

  it('names no card author when the retro is anonymous, but keeps action owners', () => {
    const markdown = summary(true);
    expect(markdown).toContain('- Anonymous: authors were not recorded');
    expect(markdown).toContain('- Flaky tests in CI _(Stop)_');
    expect(markdown).not.toContain('Cleo');
    expect(markdown.match(/Ben Okafor/g)).toHaveLength(1);
    expect(markdown).toContain('| Quarantine flaky tests | Ben Okafor |');
  });

  it('turns an action into a backlog task linked to the retro', () => {
    const retro = makeRetro();
    expect(actionItemPrefill(retro, { title: ' Add eval gate ', ownerId: null, dueDate: null })).toMatchObject({
      ok: true, item: { type: 'task', title: 'Add eval gate', links: ['retro:retro-1'], assigneeId: null },
    });
    expect(actionItemPrefill(retro, { title: 'x', ownerId: null, dueDate: '28/03/2025' })).toEqual({ ok: false, message: 'The due date must be a date (YYYY-MM-DD)' });
  });
});
