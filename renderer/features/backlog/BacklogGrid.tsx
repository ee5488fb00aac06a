import type { KeyboardEvent, RefObject } from 'react';
import type { Virtualizer } from '@tanstack/react-virtual';
import { DndContext, DragOverlay, pointerWithin, closestCenter, type CollisionDetection } from '@dnd-kit/core';
import type { Workspace } from '@shared/domain';
import { itemKey } from '@shared/work';
import { dragAnnouncements } from '../../entities/items/drag-announcements';
import type { BacklogRow } from './backlog-model';
import { useBacklog } from './backlog-slice';
import { EmptyGroupRow, HeaderRow, ItemRow } from './BacklogRow';
import type { useBacklogData } from './use-backlog-data';
import type { useBacklogDrag } from './use-backlog-drag';
import type { useRowHandlers } from './use-row-handlers';

/** Pointer first (what is under the cursor), nearest row when the pointer is between rows. */
const collision: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  return hits.length ? hits : closestCenter(args);
};

interface Props {
  workspace: Workspace;
  data: ReturnType<typeof useBacklogData>;
  scrollRef: RefObject<HTMLDivElement | null>;
  virtualizer: Virtualizer<HTMLDivElement, Element>;
  drag: ReturnType<typeof useBacklogDrag>;
  handlers: ReturnType<typeof useRowHandlers>;
  onKeyDown(event: KeyboardEvent): void;
  /** The one row in the tab order (the focused one, else the first). */
  tabbableId: string | undefined;
}

/** The virtualised grid of groups and rows, with drag and drop between them. */
export function BacklogGrid({ workspace, data, scrollRef, virtualizer, drag, handlers, onKeyDown, tabbableId }: Props) {
  const selected = useBacklog((s) => s.selected);
  const focusedId = useBacklog((s) => s.focusedId);
  const collapsed = useBacklog((s) => s.collapsed);
  const toggleGroup = useBacklog((s) => s.toggleGroup);
  const { rows, itemMap, allGroups, memberMap, blockedIds } = data;
  const { sensors, dragIds, drop, onDragStart, onDragMove, onDragEnd, onDragCancel } = drag;
  const dragged = dragIds?.length === 1 ? itemMap.get(dragIds[0]) : undefined;
  const announcements = dragAnnouncements((id, payload) => {
    const item = itemMap.get(String(id));
    if (item) return `${itemKey(workspace, item)} ${item.title}`;
    const group = allGroups.find((g) => g.id === payload?.groupId);
    return group ? group.title : 'the backlog';
  });

  return (
    <DndContext accessibility={{ announcements }} sensors={sensors} collisionDetection={collision} onDragStart={onDragStart} onDragMove={onDragMove} onDragEnd={onDragEnd} onDragCancel={onDragCancel}>
      <div ref={scrollRef} className="backlog-grid" role="grid" aria-label="Backlog items by sprint" aria-multiselectable="true" aria-rowcount={rows.length} data-key-scope="backlog" onKeyDown={onKeyDown}>
        <div role="presentation" style={{ height: virtualizer.getTotalSize() + (selected.size ? 96 : 0), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((v) => {
            const row = rows[v.index] as BacklogRow;
            const style = { position: 'absolute', top: 0, left: 0, right: 0, height: v.size, transform: `translateY(${v.start}px)` } as const;
            const into = drop?.side === 'into' && drop.groupId === row.group.id;
            if (row.kind === 'header') return <HeaderRow key={row.key} group={row.group} index={v.index} style={style} collapsed={!!collapsed[row.group.id]} drop={into} onToggle={toggleGroup} />;
            if (row.kind === 'empty') return <EmptyGroupRow key={row.key} group={row.group} index={v.index} style={style} drop={into} />;
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
                {...handlers}
              />
            );
          })}
        </div>
      </div>
      <DragOverlay dropAnimation={null}>
        {dragIds && <div className="bl-drag-chip">{dragged ? `${itemKey(workspace, dragged)} ${dragged.title}` : `${dragIds.length} items`}</div>}
      </DragOverlay>
    </DndContext>
  );
}
