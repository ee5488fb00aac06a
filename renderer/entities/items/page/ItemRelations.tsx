import { useContext, useMemo, useState } from 'react';
import type { WorkItem, Workspace } from '@shared/domain';
import { blocksOf, itemKey } from '@shared/work';
import { addBlocker, createItems, removeBlocker } from '../item-commands';
import { attempt, ShowItem, type ItemPageProps } from './item-page-context';

/** Another item, shown in the same page when clicked. */
function ItemLink({ workspace, item }: { workspace: Workspace; item: WorkItem }) {
  const open = useContext(ShowItem);
  return (
    <button type="button" className="link-button ip-item-link" onClick={() => open(item.id)}>
      <span className="ip-item-key">{itemKey(workspace, item)}</span> {item.title}
    </button>
  );
}

/** A one-line form (an item key, a title, a link) that clears once its submit succeeded. */
export function KeyInput({ label, placeholder, onSubmit, button }: { label: string; placeholder: string; button: string; onSubmit: (value: string) => Promise<boolean> }) {
  const [value, setValue] = useState('');
  return (
    <form
      className="field-row"
      onSubmit={async (e) => {
        e.preventDefault();
        if (value.trim() && (await onSubmit(value.trim()))) setValue('');
      }}
    >
      <label className="field grow">
        <span className="sr-only">{label}</span>
        <input value={value} placeholder={placeholder} aria-label={label} onChange={(e) => setValue(e.target.value)} />
      </label>
      <button type="submit" className="button">
        {button}
      </button>
    </form>
  );
}

/** The parent, the sub-tasks, and a field to add one. */
export function SubTasks({ workspace, item, items }: ItemPageProps) {
  const children = useMemo(() => [...items.values()].filter((i) => i.parentId === item.id).sort((a, b) => a.number - b.number), [items, item.id]);
  const parent = item.parentId ? items.get(item.parentId) : undefined;
  return (
    <section aria-labelledby="item-subtasks-heading" className="ip-item-section">
      <h3 id="item-subtasks-heading">Parent and sub-tasks</h3>
      <p>
        <span className="muted">Parent: </span>
        {parent ? <ItemLink workspace={workspace} item={parent} /> : <span className="muted">none</span>}
      </p>
      {children.length ? (
        <ul className="ip-link-list">
          {children.map((c) => (
            <li key={c.id}>
              <ItemLink workspace={workspace} item={c} />
              <span className="muted">{workspace.workflow.find((s) => s.id === c.status)?.name ?? c.status}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No sub-tasks.</p>
      )}
      <KeyInput
        label="New sub-task title"
        placeholder="Add a sub-task…"
        button="Add sub-task"
        onSubmit={(title) => attempt(() => createItems(workspace, [{ title, type: 'task', parentId: item.id, sprintId: item.sprintId }]))}
      />
    </section>
  );
}

/** What blocks this item and what it blocks; a blocker is added by its key, a loop is refused. */
export function Dependencies({ workspace, item, items, byKey }: ItemPageProps & { byKey: Map<string, WorkItem> }) {
  const [error, setError] = useState<string | null>(null);
  const blockedBy = item.blockedBy.map((id) => items.get(id)).filter((i): i is WorkItem => !!i);
  const blocks = useMemo(() => blocksOf(item.id, items.values()).map((id) => items.get(id)!), [items, item.id]);
  return (
    <section aria-labelledby="item-deps-heading" className="ip-item-section">
      <h3 id="item-deps-heading">Dependencies</h3>
      <div className="ip-deps">
        <div>
          <h4>Blocked by</h4>
          {blockedBy.length ? (
            <ul className="ip-link-list">
              {blockedBy.map((b) => (
                <li key={b.id}>
                  <ItemLink workspace={workspace} item={b} />
                  <button type="button" className="icon-button" aria-label={`Remove blocker ${itemKey(workspace, b)}`} onClick={() => void attempt(() => removeBlocker(workspace, item, b.id))}>
                    ×
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">Nothing blocks this item.</p>
          )}
        </div>
        <div>
          <h4>Blocks</h4>
          {blocks.length ? (
            <ul className="ip-link-list">
              {blocks.map((b) => (
                <li key={b.id}>
                  <ItemLink workspace={workspace} item={b} />
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">This item blocks nothing.</p>
          )}
        </div>
      </div>
      <KeyInput
        label="Blocked by item key"
        placeholder={`Blocked by… (e.g. ${workspace.key}-1)`}
        button="Add blocker"
        onSubmit={async (value) => {
          const blocker = byKey.get(value.toUpperCase());
          if (!blocker) {
            setError(`No item ${value.toUpperCase()} in this workspace.`);
            return false;
          }
          setError(null);
          return attempt(() => addBlocker(workspace, item, blocker), setError);
        }}
      />
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </section>
  );
}
