import { createChanges } from '../../renderer/data/write-path';
import { stampChanges, type Op } from '@shared/sync/op';
import { HybridClock } from '@shared/sync/hlc';
import { defaultWorkflow } from '@shared/domain';

/**
 * A last-writer-wins workload: n field ops over n/10 items from three devices. `clustered`:
 * consecutive ops touch the same item's fields, as an item's creation or a sync of one
 * device's edits does; otherwise every op hits another item (the worst case for row writes).
 */
export function lwwOps(n: number, workspaceId = 'bench', clustered = true): Op[] {
  const clocks = ['deva1', 'devb2', 'devc3'].map((d) => new HybridClock(d));
  const fields = ['title', 'status', 'estimate', 'rank', 'assigneeId'];
  const rows = Math.max(1, Math.floor(n / 10));
  const ops: Op[] = [];
  for (let i = 0; i < n; i++) {
    const clock = clocks[i % clocks.length];
    const field = fields[i % fields.length];
    const row = clustered ? Math.floor(i / fields.length) % rows : i % rows;
    const value = field === 'estimate' ? i % 13 : `${field}-${i}`;
    ops.push(...stampChanges([{ entity: 'items', rowId: `item${row}`, field, value }], clock, workspaceId));
  }
  return ops;
}

/** The ops that create a workspace with `items` work items, as a real user's edits would. */
export function workspaceOps(workspaceId: string, items: number): Op[] {
  const clock = new HybridClock('benchseed');
  const createdAt = new Date().toISOString();
  const changes = [
    ...createChanges('workspaces', { id: workspaceId, workspaceId, createdAt, name: 'Bench workspace', key: 'BW' }),
  ];
  for (let i = 1; i <= items; i++) {
    changes.push(
      ...createChanges('items', {
        id: `${workspaceId}-item-${i}`, workspaceId, createdAt, number: i, type: i % 7 === 0 ? 'bug' : 'story',
        title: `Item ${i}: improve the feature pipeline for segment ${i % 97}`, status: defaultWorkflow[i % 5].id,
        rank: `a${String(i).padStart(6, '0')}`, estimate: [1, 2, 3, 5, 8][i % 5], labels: i % 3 ? ['ml'] : ['data', 'infra'],
      }),
    );
  }
  return stampChanges(changes, clock, workspaceId);
}

/** Exactly `total` ops of a busy workspace: an active sprint and as many items as fit, as another laptop wrote them. */
export function coldSyncOps(workspaceId: string, total: number): Op[] {
  const createdAt = new Date().toISOString();
  const changes = [
    ...createChanges('workspaces', { id: workspaceId, workspaceId, createdAt, name: 'Cold sync bench', key: 'CS' }),
    ...createChanges('sprints', { id: `${workspaceId}-sprint`, workspaceId, createdAt, name: 'Sprint 1', startDate: '2026-03-02', endDate: '2026-03-13', state: 'active' }),
  ];
  for (let i = 1; changes.length < total; i++) {
    changes.push(
      ...createChanges('items', {
        id: `${workspaceId}-item-${i}`, workspaceId, createdAt, number: i, type: i % 7 === 0 ? 'bug' : 'story', sprintId: `${workspaceId}-sprint`,
        title: `Item ${i}: retrain the ranking model for segment ${i % 97}`, status: defaultWorkflow[i % 5].id,
        rank: `a${String(i).padStart(6, '0')}`, estimate: [1, 2, 3, 5, 8][i % 5], labels: i % 3 ? ['ml'] : ['data', 'infra'],
      }),
    );
  }
  return stampChanges(changes.slice(0, total), new HybridClock('coldwriter'), workspaceId);
}
