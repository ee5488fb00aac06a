import { useCallback, useEffect, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { DndContext, DragOverlay, pointerWithin, closestCenter, type CollisionDetection } from '@dnd-kit/core';
import type { WorkItem, Workspace } from '@shared/domain';
import { itemKey } from '@shared/work';
import { ActionButton } from '../../kernel/actions/ActionButton';
import { EmptyState } from '../../kernel/views/EmptyState';
import { useActionHandler } from '../../kernel/actions/registry';
import { moveItems } from '../../entities/items/item-commands';
import { openItem } from '../../entities/items/item-slice';
import { useCurrentWorkspace } from '../../entities/workspaces/queries';
import { stepTarget, type BacklogRow, type MoveTarget } from './backlog-model';
import { useBacklog } from './backlog-slice';
import { BacklogFilters } from './BacklogFilters';
import { EmptyGroupRow, HeaderRow, ItemRow } from './BacklogRow';
import { BulkBar } from './BulkBar';
import { MoveDialog } from './MoveDialog';
import { QuickCreate } from './QuickCreate';
import { useBacklogData } from './use-backlog-data';
import { useBacklogDrag } from './use-backlog-drag';
import './backlog.css';
import { reportError } from '../../kernel/feedback/toast';
import { dragAnnouncements } from '../../entities/items/drag-announcements';

const HEIGHT = { header: 46, item: 40, empty: 44 } as const;

export function BacklogView() {
  const workspace = useCurrentWorkspace();
  if (!workspace) return null;
  return <Backlog workspace={workspace} />;
}

/** Pointer first (what is under the cursor), nearest row when the pointer is between rows. */
const collision: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  return hits.length ? hits : closestCenter(args);
};

function Backlog({ workspace }: { workspace: Workspace }) {
  const { filters, selected, focusedId, collapsed, quickCreate } = useBacklog();
  const store = useBacklog.getState;
  const { items, allSprints, members, sprints, itemMap, memberMap, labels, allGroups, groups, filtering, rows, visibleItems, blockedIds, totalPoints } = useBacklogData(workspace, filters, collapsed);

  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => HEIGHT[rows[i]?.kind ?? 'item'],
    getItemKey: (i) => rows[i]?.key ?? i,
    overscan: 12,
  });

  // Keyboard focus follows the focused id, even after the row scrolled into view or moved.
  const pendingFocus = useRef<string | null>(null);
  const focusRow = useCallback(
    (id: string) => {
      store().focus(id);
      pendingFocus.current = id;
      const at = rows.findIndex((r) => r.key === id);
      if (at >= 0) virtualizer.scrollToIndex(at, { align: 'auto' });
    },
    [rows, virtualizer, store],
  );
  useEffect(() => {
    const id = pendingFocus.current;
    if (!id) return;
    const node = scrollRef.current?.querySelector<HTMLElement>(`[data-row-id="${CSS.escape(id)}"]`);
    if (node) {
      node.focus({ preventScroll: true });
      pendingFocus.current = null;
    }
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

  useActionHandler('backlog.selectAll', () => store().select(visibleItems.map((i) => i.id)));
  const current = () => {
    const { focusedId } = store();
    return focusedId && itemMap.has(focusedId) ? focusedId : visibleItems[0]?.id;
  };
  const moveStep = (dir: -1 | 1) => {
    const id = current();
    const to = id && stepTarget(groups, id, dir);
    if (!id || !to) return;
    pendingFocus.current = id;
    return move([id], to, `Move ${itemKey(workspace, itemMap.get(id)!)} ${dir < 0 ? 'up' : 'down'}`);
  };
  useActionHandler('item.moveUp', () => moveStep(-1));
  useActionHandler('item.moveDown', () => moveStep(1));

  // Row handlers read the visible list through a ref, so a filter keystroke does not re-render unchanged rows.
  const visibleRef = useRef(visibleItems);
  useEffect(() => {
    visibleRef.current = visibleItems;
  }, [visibleItems]);
  const onRowClick = useCallback(
    (id: string, e: React.MouseEvent) => {
      const s = store();
      const visible = visibleRef.current;
      s.focus(id);
      if (e.shiftKey && s.anchorId) {
        const a = visible.findIndex((i) => i.id === s.anchorId);
        const b = visible.findIndex((i) => i.id === id);
        if (a >= 0 && b >= 0) return s.select(visible.slice(Math.min(a, b), Math.max(a, b) + 1).map((i) => i.id));
      }
      if (e.metaKey || e.ctrlKey) return s.toggle(id);
      s.select([id], id);
    },
    [store],
  );
  const onToggle = useCallback((id: string) => store().toggle(id), [store]);
  const onOpen = useCallback((id: string) => {
    store().focus(id);
    openItem(id);
  }, [store]);
  const onMove = useCallback(
    (id: string) => {
      const s = store();
      if (!s.selected.has(id)) s.select([id], id);
      s.focus(id);
      s.openMove(s.selected.has(id) ? [...s.selected] : [id]);
    },
    [store],
  );
  const onFocusRow = useCallback((id: string) => store().focus(id), [store]);

  // Moving focus through the grid is the widget's own navigation (ARIA grid pattern); every
  // other key (Enter, Space, Delete, M, Mod+A, Escape, Alt+arrows) is a registered action.
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.altKey || e.metaKey || e.ctrlKey) return;
    const s = store();
    const from = current();
    if (!from) return;
    const at = visibleItems.findIndex((i) => i.id === from);
    const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: visibleItems.length - 1, PageDown: at + 10, PageUp: at - 10 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    const next = visibleItems[Math.max(0, Math.min(visibleItems.length - 1, to))];
    if (!next) return;
    if (e.shiftKey) {
      const anchor = s.anchorId ?? from;
      const a = visibleItems.findIndex((i) => i.id === anchor);
      const b = visibleItems.indexOf(next);
      s.select(visibleItems.slice(Math.min(a, b), Math.max(a, b) + 1).map((i) => i.id), anchor);
    }
    focusRow(next.id);
  };

  const { sensors, dragIds, drop, onDragStart, onDragMove, onDragEnd, onDragCancel } = useBacklogDrag({ workspace, scrollRef, visibleItems, allGroups, itemMap, move });

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
        !quickCreate && (
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
        )
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
          <DndContext
            accessibility={{
              announcements: dragAnnouncements((id, data) => {
                const item = itemMap.get(String(id));
                if (item) return `${itemKey(workspace, item)} ${item.title}`;
                const group = allGroups.find((g) => g.id === data?.groupId);
                return group ? group.title : 'the backlog';
              }),
            }}
            sensors={sensors} collisionDetection={collision} onDragStart={onDragStart} onDragMove={onDragMove} onDragEnd={onDragEnd} onDragCancel={onDragCancel}>
            <div
              ref={scrollRef}
              className="backlog-grid"
              role="grid"
              aria-label="Backlog items by sprint"
              aria-multiselectable="true"
              aria-rowcount={rows.length}
              data-key-scope="backlog"
              onKeyDown={onKeyDown}
            >
              <div role="presentation" style={{ height: virtualizer.getTotalSize() + (selected.size ? 96 : 0), position: 'relative' }}>
                {virtualizer.getVirtualItems().map((v) => {
                  const row = rows[v.index] as BacklogRow;
                  const style = { position: 'absolute', top: 0, left: 0, right: 0, height: v.size, transform: `translateY(${v.start}px)` } as const;
                  if (row.kind === 'header')
                    return <HeaderRow key={row.key} group={row.group} index={v.index} style={style} collapsed={!!collapsed[row.group.id]} drop={drop?.side === 'into' && drop.groupId === row.group.id} onToggle={store().toggleGroup} />;
                  if (row.kind === 'empty') return <EmptyGroupRow key={row.key} group={row.group} index={v.index} style={style} drop={drop?.side === 'into' && drop.groupId === row.group.id} />;
                  const { item } = row;
                  return (
                    <ItemRow
                      key={row.key}
                      workspace={workspace}
                      item={item}
                      groupId={row.group.id}
                      droppable={row.group.droppable}
                      index={v.index}
                      style={style}
                      selected={selected.has(item.id)}
                      focused={focusedId === item.id}
                      tabbable={tabbableId === item.id}
                      blocked={blockedIds.has(item.id)}
                      assignee={item.assigneeId ? memberMap.get(item.assigneeId) : undefined}
                      drop={drop?.overId === item.id && drop.side !== 'into' ? drop.side : null}
                      dragging={!!dragIds?.includes(item.id)}
                      onRowClick={onRowClick}
                      onToggle={onToggle}
                      onOpen={onOpen}
                      onMove={onMove}
                      onFocusRow={onFocusRow}
                    />
                  );
                })}
              </div>
            </div>
            <DragOverlay dropAnimation={null}>
              {dragIds && (
                <div className="bl-drag-chip">
                  {dragIds.length === 1 && itemMap.get(dragIds[0]) ? `${itemKey(workspace, itemMap.get(dragIds[0])!)} ${itemMap.get(dragIds[0])!.title}` : `${dragIds.length} items`}
                </div>
              )}
            </DragOverlay>
          </DndContext>
        </>
      )}
      <BulkBar workspace={workspace} items={itemMap} members={members} sprints={sprints} groups={allGroups} labels={labels} />
      <MoveDialog groups={allGroups} items={itemMap} onMove={(ids, target, label) => void move(ids, target, label)} />
    </div>
  );
}
