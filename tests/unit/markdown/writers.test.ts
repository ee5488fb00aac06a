// Every Markdown file the app and the CLI write, fed hostile synced data: nothing becomes HTML, an
// image, a link or table structure that the data did not ask for as text.
import { describe, expect, it } from 'vitest';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes } from 'mdast';
import { workItemSchema } from '@shared/domain';
import { renderMarkdown } from '@shared/reports';
import { actionItemPrefill, retroSummaryMarkdown } from '@shared/retro';
import { sprint2Report } from '../reports/fixture-model';
import { makeCard, makeGroup, makeRetro, NOW, WS } from '../retro/retro-fixtures';

const SCRIPT = '<script>alert(document.cookie)</script>';
const PIXEL = '![x](https://tracker.example/pixel.gif)';

function nodes(markdown: string): Nodes[] {
  const all: Nodes[] = [];
  const visit = (node: Nodes) => {
    all.push(node);
    if ('children' in node) node.children.forEach(visit);
  };
  visit(fromMarkdown(markdown));
  return all;
}

/** Table cells split on unescaped pipes (GitHub's rule), so an injected "|" would add a cell. */
const cells = (row: string) => row.replace(/\\\\/g, '').split(/(?<!\\)\|/).slice(1, -1);

describe('retro summary with hostile data', () => {
  const retro = makeRetro({ phase: 'close', title: `Retro ${SCRIPT}`, checkinQuestion: PIXEL });
  const prefill = actionItemPrefill(retro, { title: 'Fix | it\n# now', ownerId: 'ana', dueDate: '2025-03-28' });
  if (!prefill.ok) throw new Error(prefill.message);
  // A due date is a plain string once synced: a hostile device can send anything.
  const action = { ...workItemSchema.parse({ ...prefill.item, id: 'w1', workspaceId: WS, createdAt: NOW, number: 1, type: 'task', status: 'todo', rank: 'a0' }), dueDate: `2025-03-28 ${SCRIPT} | extra` };
  const markdown = retroSummaryMarkdown({
    retro,
    cards: [makeCard('c1', `${PIXEL} ${SCRIPT}`, { columnId: 'start', groupId: 'g1' })],
    groups: [makeGroup('g1', '[click](javascript:alert(1))', { notes: `note\n${SCRIPT}` })],
    votes: [],
    items: [action],
    members: [{ id: 'ana', name: '<b>Ana</b>' }],
  });

  it('escapes the due date and every other field', () => {
    const types = nodes(markdown).map((node) => node.type);
    expect(types).not.toContain('html');
    expect(types).not.toContain('image');
    expect(types).not.toContain('link');
    expect(markdown).not.toContain('<script>');
    expect(markdown).toContain('2025-03-28 \\<script\\>alert(document.cookie)\\</script\\> \\| extra');
  });

  it('keeps each action on one table row of four cells', () => {
    const row = markdown.split('\n').find((line) => line.startsWith('| Fix'))!;
    expect(cells(row)).toHaveLength(4);
    expect(markdown).not.toMatch(/^# now/m);
  });
});

describe('status report Markdown with a hostile summary', () => {
  const summary = `Overall **on track**.\n\n${SCRIPT}\n\nSee ${PIXEL} and <img src=x onerror=alert(1)>.\n\n- keep [the plan](https://wiki.example/plan)`;
  const markdown = renderMarkdown(sprint2Report({ summary, title: `Status ${SCRIPT}` }));

  it('passes no raw HTML and no remote image through, and keeps the summary’s own formatting', () => {
    const all = nodes(markdown);
    expect(all.map((node) => node.type)).not.toContain('html');
    expect(all.filter((node) => node.type === 'image')).toEqual([]);
    expect(markdown).toContain('Overall **on track**.');
    expect(all.some((node) => node.type === 'link' && node.url === 'https://wiki.example/plan')).toBe(true);
    expect(markdown).toContain('\\<script>alert(document.cookie)\\</script>');
  });
});
