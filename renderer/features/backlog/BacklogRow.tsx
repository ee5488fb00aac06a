import { itemKey } from '@shared/work';
import { memo, type CSSProperties } from 'react';
import { format } from 'date-fns';
import { useDraggable, useDroppable } from '@dnd-kit/core';
import type { Member, WorkItem, Workspace } from '@shared/domain';

import type { BacklogGroup } from './backlog-model';
import { sourceKey } from '@shared/work';

export type DropSide = 'before' | 'after' | 'into' | null;

const pts = (n: number) => `${n} pt${n === 1 ? '' : 's'}`;
const shortDate = (iso: string) => format(new Date(`${iso}T00:00:00`), 'd MMM');

interface ItemRowProps {
  workspace: Workspace;
  item: WorkItem;
  groupId: string;
  droppable: boolean;
  index: number;
  style: CSSProperties;
  selected: boolean;
  focused: boolean;
  tabbable: boolean;
  blocked: boolean;
  assignee: Member | undefined;
  drop: DropSide;
  dragging: boolean;
  onRowClick(id: string, event: React.MouseEvent): void;
  onToggle(id: string): void;
  onOpen(id: string): void;
  onMove(id: string): void;
  onFocusRow(id: string): void;
}

/** One item: the whole row drags (after a few pixels, so clicks still select); keys are handled by the grid. */
export const ItemRow = memo(function ItemRow(props: ItemRowProps) {
  const { workspace, item, groupId, droppable, index, style, selected, focused, tabbable, blocked, assignee, drop, dragging } = props;
  const { setNodeRef: dragRef, listeners } = useDraggable({ id: item.id, data: { kind: 'item', groupId } });
  const { setNodeRef: dropRef } = useDroppable({ id: item.id, data: { kind: 'item', groupId }, disabled: !droppable });
  const key = itemKey(workspace, item);
  const status = workspace.workflow.find((s) => s.id === item.status);
  const classes = ['backlog-row', selected && 'is-selected', focused && 'is-focused', dragging && 'is-dragging', drop && `drop-${drop}`].filter(Boolean).join(' ');
  return (
    <div
      ref={(node) => {
        dragRef(node);
        dropRef(node);
      }}
      {...listeners}
      role="row"
      aria-selected={selected}
      aria-rowindex={index + 1}
      tabIndex={tabbable ? 0 : -1}
      data-row-id={item.id}
      className={classes}
      style={style}
      onClick={(e) => props.onRowClick(item.id, e)}
      onDoubleClick={() => props.onOpen(item.id)}
      onFocus={(e) => e.target === e.currentTarget && props.onFocusRow(item.id)}
    >
      <div role="gridcell" className="bl-cell-select">
        <input type="checkbox" tabIndex={-1} checked={selected} aria-label={`Select ${key}`} onClick={(e) => e.stopPropagation()} onChange={() => props.onToggle(item.id)} />
      </div>
      <div role="gridcell" className="bl-cell-type">
        <span className={`bl-type-tag bl-type-${item.type}`}>{item.type}</span>
      </div>
      <div role="gridcell" className="bl-cell-key">
        {key}
        {sourceKey(item.sourceRef) && <span className="bl-source-key" title="Key in the tool it was imported from">{sourceKey(item.sourceRef)}</span>}
      </div>
      <div role="gridcell" className="bl-cell-title">
        <button
          type="button"
          tabIndex={-1}
          className="bl-row-title"
          onClick={(e) => {
            e.stopPropagation();
            props.onOpen(item.id);
          }}
        >
          {item.title}
        </button>
        {(item.priority === 'urgent' || item.priority === 'high') && <span className={`bl-priority bl-priority-${item.priority}`}>{item.priority}</span>}
        {blocked && (
          <span className="bl-blocked-tag" title={item.flagged ? 'Flagged' : 'Waiting on an unfinished dependency'}>
            {item.flagged ? 'flagged' : 'blocked'}
          </span>
        )}
        {item.labels.slice(0, 3).map((l) => (
          <span key={l} className="bl-label-chip">
            {l}
          </span>
        ))}
      </div>
      <div role="gridcell" className={`bl-cell-status bl-status-${status?.category ?? 'todo'}`}>
        {status?.name ?? item.status}
      </div>
      <div role="gridcell" className="bl-cell-assignee">
        {assignee ? (
          <span className="avatar" title={assignee.name}>
            <span aria-hidden="true">{assignee.name.slice(0, 1).toUpperCase()}</span>
            <span className="sr-only">{assignee.name}</span>
          </span>
        ) : (
          <span className="sr-only">Unassigned</span>
        )}
      </div>
      <div role="gridcell" className="bl-cell-estimate">
        {item.estimate === null ? <span className="muted" aria-label="No estimate">–</span> : item.estimate}
      </div>
      <div role="gridcell" className="bl-cell-menu">
        <button
          type="button"
          className="icon-button"
          tabIndex={-1}
          aria-label={`Move ${key} to…`}
          title="Move to… (M)"
          onClick={(e) => {
            e.stopPropagation();
            props.onMove(item.id);
          }}
        >
          ⋯
        </button>
      </div>
    </div>
  );
});

interface HeaderRowProps {
  group: BacklogGroup;
  index: number;
  style: CSSProperties;
  collapsed: boolean;
  drop: boolean;
  onToggle(id: string): void;
}

/** A group's header: name, sprint dates and state, item count and points; it also accepts drops (top of group). */
export const HeaderRow = memo(function HeaderRow({ group, index, style, collapsed, drop, onToggle }: HeaderRowProps) {
  const { setNodeRef } = useDroppable({ id: `group:${group.id}`, data: { kind: 'group', groupId: group.id }, disabled: !group.droppable });
  const { sprint } = group;
  return (
    <div ref={setNodeRef} role="row" aria-rowindex={index + 1} className={drop ? 'backlog-header drop-into' : 'backlog-header'} style={style}>
      <div role="gridcell" className="bl-header-cell">
        <button type="button" className="bl-group-toggle" aria-expanded={!collapsed} onClick={() => onToggle(group.id)}>
          <span className="bl-chevron" aria-hidden="true">
            {collapsed ? '▸' : '▾'}
          </span>
          <h2 className="bl-group-title">{group.title}</h2>
        </button>
        {sprint && <span className={`bl-sprint-state bl-state-${sprint.state}`}>{sprint.state}</span>}
        {sprint && (
          <span className="muted bl-group-dates">
            {shortDate(sprint.startDate)} – {shortDate(sprint.endDate)}
          </span>
        )}
        <span className="bl-group-stats">
          <span>
            {group.items.length} item{group.items.length === 1 ? '' : 's'}
          </span>
          <span className="bl-group-points">{pts(group.points)}</span>
        </span>
      </div>
    </div>
  );
});

export const EmptyGroupRow = memo(function EmptyGroupRow({ group, index, style, drop }: { group: BacklogGroup; index: number; style: CSSProperties; drop: boolean }) {
  const { setNodeRef } = useDroppable({ id: `group:${group.id}:empty`, data: { kind: 'group', groupId: group.id } });
  return (
    <div ref={setNodeRef} role="row" aria-rowindex={index + 1} className={drop ? 'backlog-empty drop-into' : 'backlog-empty'} style={style}>
      <div role="gridcell">
        {group.sprint ? 'Nothing planned yet: drag items here, or use “Move to…” (M) on selected items.' : 'Nothing here.'}
      </div>
    </div>
  );
});
