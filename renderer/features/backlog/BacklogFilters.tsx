import { itemTypes, type Member, type Workspace } from '@shared/domain';
import { isFiltering, NONE } from './backlog-model';
import { useBacklog } from './backlog-slice';
import { SelectField } from '../../kernel/fields/SelectField';

/** Text search over key, title, description and labels, plus assignee, label, type and status. */
export function BacklogFilters({ workspace, members, labels }: { workspace: Workspace; members: Member[]; labels: string[] }) {
  const filters = useBacklog((s) => s.filters);
  const setFilter = useBacklog((s) => s.setFilter);
  const clear = useBacklog((s) => s.clearFilters);
  const select = (key: 'assignee' | 'label' | 'type' | 'status', label: string, options: [string, string][]) => (
    <label className="field">
      <span>{label}</span>
      <SelectField value={filters[key]} onChange={(v) => setFilter(key, v)} options={[['', 'Any'], ...options]} />
    </label>
  );
  return (
    <div className="backlog-filters" role="search" aria-label="Filter the backlog">
      <label className="field grow">
        <span>Search</span>
        <input
          id="backlog-search"
          type="search"
          value={filters.text}
          placeholder="Key, title, description or label"
          autoComplete="off"
          onChange={(e) => setFilter('text', e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') {
              e.preventDefault();
              document.querySelector<HTMLElement>('.backlog-grid [role="row"][tabindex="0"]')?.focus();
            }
          }}
        />
      </label>
      {select('assignee', 'Assignee', [[NONE, 'Unassigned'], ...members.map((m): [string, string] => [m.id, m.name])])}
      {select('label', 'Label', labels.map((l) => [l, l]))}
      {select('type', 'Type', itemTypes.map((t) => [t, t]))}
      {select('status', 'Status', workspace.workflow.map((s) => [s.id, s.name]))}
      <button type="button" className="button ghost" disabled={!isFiltering(filters)} onClick={clear}>
        Clear filters
      </button>
    </div>
  );
}
