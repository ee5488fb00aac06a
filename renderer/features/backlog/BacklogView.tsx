import { useCallback, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { WorkItem, Workspace } from '@shared/domain';
import { ActionButton } from '../../kernel/actions/ActionButton';
import { EmptyState } from '../../kernel/views/EmptyState';
import { moveItems } from '../../entities/items/item-commands';
import { useCurrentWorkspace } from '../../entities/workspaces/queries';
import type { MoveTarget } from './backlog-model';
import { useBacklog } from './backlog-slice';
import { BacklogFilters } from './BacklogFilters';
import { BacklogGrid } from './BacklogGrid';
import { BulkBar } from './BulkBar';
import { MoveDialog } from './MoveDialog';
import { QuickCreate } from './QuickCreate';
import { useBacklogData } from './use-backlog-data';
import { useBacklogDrag } from './use-backlog-drag';
import { useBacklogFocus } from './use-backlog-focus';
import { useRowHandlers } from './use-row-handlers';
import './backlog.css';
import { reportError } from '../../kernel/feedback/toast';

const HEIGHT = { header: 46, item: 40, empty: 44 } as const;

export function BacklogView() {
  const workspace = useCurrentWorkspace();
  if (!workspace) return null;
  return <Backlog workspace={workspace} />;
}

function Backlog({ workspace }: { workspace: Workspace }) {
  const { filters, focusedId, collapsed, quickCreate } = useBacklog();
  const store = useBacklog.getState;
  const data = useBacklogData(workspace, filters, collapsed);
  const { items, allSprints, members, sprints, itemMap, labels, allGroups, groups, filtering, rows, visibleItems, totalPoints } = data;

  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => HEIGHT[rows[i]?.kind ?? 'item'],
    getItemKey: (i) => rows[i]?.key ?? i,
    overscan: 12,
  });
  const move = useCallback(
    async (ids: string[], target: MoveTarget, label?: string) => {
      const moving = ids.map((id) => itemMap.get(id)).filter((i): i is WorkItem => !!i);
      if (!moving.length) return;
      try {
        await moveItems(workspace, moving, { before: target.before, after: target.after, sprintId: target.sprintId }, label);
      } catch (error) {
        reportError(error);
      }
    },
    [itemMap, workspace],
  );
  const { focusRow, onKeyDown } = useBacklogFocus({ workspace, rows, groups, visibleItems, itemMap, scrollRef, virtualizer, move });
  const handlers = useRowHandlers(visibleItems);
  const drag = useBacklogDrag({ workspace, scrollRef, visibleItems, allGroups, itemMap, move });

  if (!items || !allSprints) return null;
  const tabbableId = focusedId && visibleItems.some((i) => i.id === focusedId) ? focusedId : visibleItems[0]?.id;
  const nothingYet = !items.length && !sprints.length;

  return (
    <div className="view backlog-view">
      <header className="view-header">
        <div className="bl-title-row">
          <h1>Backlog</h1>
          <ActionButton id="item.create" className="button primary" />
        </div>
        <p className="muted bl-hint">
          {visibleItems.length} item{visibleItems.length === 1 ? '' : 's'} shown · {totalPoints} pts — <kbd>C</kbd> create · <kbd>Alt</kbd>+<kbd>↑</kbd>/<kbd>↓</kbd> reorder ·{' '}
          <kbd>Space</kbd> select · <kbd>Enter</kbd> open · <kbd>M</kbd> move to…
        </p>
      </header>
      {quickCreate && <QuickCreate workspace={workspace} sprints={sprints} onClosed={() => tabbableId && focusRow(tabbableId)} />}
      {nothingYet ? (
        !quickCreate && <NoItemsYet />
      ) : (
        <>
          <BacklogFilters workspace={workspace} members={members} labels={labels} />
          {filtering && !visibleItems.length && (
            <p className="muted" role="status">
              No items match these filters.{' '}
              <button type="button" className="link-button" onClick={() => store().clearFilters()}>
                Clear filters
              </button>
            </p>
          )}
          <BacklogGrid workspace={workspace} data={data} scrollRef={scrollRef} virtualizer={virtualizer} drag={drag} handlers={handlers} onKeyDown={onKeyDown} tabbableId={tabbableId} />
        </>
      )}
      <BulkBar workspace={workspace} items={itemMap} members={members} sprints={sprints} groups={allGroups} labels={labels} />
      <MoveDialog groups={allGroups} items={itemMap} onMove={(ids, target, label) => void move(ids, target, label)} />
    </div>
  );
}

function NoItemsYet() {
  return (
    <EmptyState
      title="No work items yet"
      action={
        <>
          <ActionButton id="item.create" className="button primary" />
          <ActionButton id="import.agile" />
        </>
      }
    >
      <p>
        Press <kbd>C</kbd> to add the first story, task, bug or experiment. Enter creates it and keeps the row open for the next one.
      </p>
      <p>Items land in the backlog, ranked; plan them into sprints by dragging or with “Move to…”. Coming from Jira or Linear? Import its CSV export.</p>
    </EmptyState>
  );
}
