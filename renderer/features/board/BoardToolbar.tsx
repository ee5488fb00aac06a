import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Member, WorkItem } from '@shared/domain';
import { itemTypes } from '@shared/domain';
import { swimlanes } from './board-model';
import { useBoardStore } from './board-slice';
import { asOptions, SelectField } from '../../kernel/fields/SelectField';

/** Grouping and quick filters. Filters narrow what is shown; WIP counts still count every card. */
export function BoardToolbar({ members, items, hasActiveSprint }: { members: Member[]; items: readonly WorkItem[]; hasActiveSprint: boolean }) {
  const { swimlane, scope, filters, setSwimlane, setScope, setFilters, toggleAssignee, clearFilters } = useBoardStore(
    useShallow((s) => ({
      swimlane: s.swimlane, scope: s.scope, filters: s.filters, setSwimlane: s.setSwimlane, setScope: s.setScope, setFilters: s.setFilters,
      toggleAssignee: s.toggleAssignee, clearFilters: s.clearFilters,
    })),
  );
  const labels = useMemo(() => [...new Set(items.flatMap((i) => i.labels))].sort(), [items]);
  const filtered = filters.assignees.length > 0 || !!filters.type || !!filters.label || filters.blockedOnly || !!filters.text.trim();
  const chips = [...members.map((m) => ({ id: m.id, name: m.name })), { id: '', name: 'Unassigned' }];
  return (
    <div className="board-toolbar" role="toolbar" aria-label="Board filters and grouping">
      <div className="field-row board-toolbar-row">
        <label className="field board-search">
          <span>Filter</span>
          <input type="search" placeholder="Title or key" value={filters.text} onChange={(e) => setFilters({ text: e.target.value })} />
        </label>
        <label className="field">
          <span>Type</span>
          <SelectField value={filters.type} onChange={(type) => setFilters({ type })} options={[['', 'Any type'], ...asOptions(itemTypes)]} />
        </label>
        <label className="field">
          <span>Label</span>
          <SelectField value={filters.label} onChange={(label) => setFilters({ label })} options={[['', 'Any label'], ...asOptions(labels)]} />
        </label>
        <label className="field">
          <span>Swimlanes</span>
          <SelectField value={swimlane} onChange={setSwimlane} options={swimlanes.map((s) => [s.id, s.label] as const)} />
        </label>
        <label className="board-check">
          <input type="checkbox" checked={filters.blockedOnly} onChange={(e) => setFilters({ blockedOnly: e.target.checked })} />
          Blocked only
        </label>
        <label className="board-check">
          <input type="checkbox" checked={scope === 'all'} onChange={(e) => setScope(e.target.checked ? 'all' : 'sprint')} />
          {hasActiveSprint ? 'Show all open items' : 'Show all open items (no active sprint)'}
        </label>
      </div>
      <div className="board-chips" role="group" aria-label="Assignees">
        {chips.map((c) => (
          <button
            key={c.id || 'unassigned'}
            type="button"
            className="chip"
            aria-pressed={filters.assignees.includes(c.id)}
            onClick={() => toggleAssignee(c.id)}
          >
            {c.name}
          </button>
        ))}
        {filtered && (
          <button type="button" className="link-button" onClick={clearFilters}>
            Clear filters
          </button>
        )}
      </div>
    </div>
  );
}
