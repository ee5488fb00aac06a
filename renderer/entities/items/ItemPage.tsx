import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { format, formatDistanceToNow } from 'date-fns';
import { itemTypes, priorities, type Member, type Sprint, type WorkItem, type Workspace, errorMessage } from '@shared/domain';
import { blocksOf, itemKey } from '@shared/work';
import { Modal } from '../../kernel/dialogs/Modal';
import type { DialogProps } from '../../kernel/dialogs/dialog-stack';
import { useAppStore } from '../../kernel/store';
import type { ViewId } from '../../kernel/views/view-ids';
import { session } from '../../data/session';
import { useCurrentWorkspace, useMembers } from '../workspaces/queries';
import { addBlocker, createItems, removeBlocker, setItemsStatus, setParent, updateItems } from './item-commands';
import { itemHistory, fieldLabel, type HistoryEntry } from './item-history';
import { opsForRow } from '../../data/op-log';
import { useItemMap, useSprints } from './item-queries';
import { Markdown } from './Markdown';
import './item-page.css';
import { sourceKey } from '@shared/work';
import { reportError, toast } from '../../kernel/feedback/toast';

/** The view that lists each kind of linked entity ("risk:<id>" opens the risk register). */
const LINK_VIEWS: Partial<Record<string, ViewId>> = {
  risk: 'risks', experiment: 'experiments', run: 'runs', alert: 'alerts', model: 'models', modelVersion: 'models', dataset: 'models', deployment: 'models', monitor: 'monitors',
};

/** Run an edit; a refused edit (bad value, dependency loop) becomes a visible message, never a crash. */
async function attempt(fn: () => Promise<unknown>, onError?: (message: string) => void): Promise<boolean> {
  try {
    await fn();
    return true;
  } catch (error) {
    const message = errorMessage(error);
    if (onError) onError(message);
    else reportError(error);
    return false;
  }
}

/** A link inside the page (parent, sub-task, blocker) shows that item in the same page. */
const ShowItem = createContext<(id: string) => void>(() => {});

/** The item page: every field editable, its links and its history. Opened on the shell's dialog stack by `openItem`. */
export function ItemPage({ id, onClose }: { id: string } & DialogProps) {
  const [shownId, setShownId] = useState(id);
  const workspace = useCurrentWorkspace();
  const items = useItemMap(workspace?.id ?? null);
  const item = items.get(shownId);
  if (!workspace || !item) return null;
  return (
    <Modal title={`${itemKey(workspace, item)}${sourceKey(item.sourceRef) ? ` (${sourceKey(item.sourceRef)})` : ''} · ${item.title}`} open onClose={onClose} wide>
      <ShowItem.Provider value={setShownId}>
        <ItemBody key={item.id} workspace={workspace} item={item} items={items} />
      </ShowItem.Provider>
    </Modal>
  );
}

interface BodyProps {
  workspace: Workspace;
  item: WorkItem;
  items: Map<string, WorkItem>;
}

function ItemBody({ workspace, item, items }: BodyProps) {
  const members = useMembers(workspace.id);
  const sprints = useSprints(workspace.id) ?? [];
  const byKey = useMemo(() => new Map([...items.values()].map((i) => [itemKey(workspace, i), i])), [items, workspace]);
  const edit = (patch: Partial<WorkItem>) => attempt(() => updateItems(workspace, [item], patch));

  return (
    <div className="ip-item-page">
      <div className="ip-item-main">
        <TitleField item={item} onSave={(title) => edit({ title })} />
        <DescriptionField item={item} onSave={(description) => edit({ description })} />
        <SubTasks workspace={workspace} item={item} items={items} />
        <Dependencies workspace={workspace} item={item} items={items} byKey={byKey} />
        <Links item={item} onSave={(links) => edit({ links })} />
        <History workspace={workspace} item={item} items={items} members={members} sprints={sprints} />
      </div>
      <aside className="ip-item-side" aria-label="Fields">
        <Fields workspace={workspace} item={item} members={members} sprints={sprints} byKey={byKey} items={items} edit={edit} />
      </aside>
    </div>
  );
}

function TitleField({ item, onSave }: { item: WorkItem; onSave: (title: string) => void }) {
  const [title, setTitle] = useState(item.title);
  useEffect(() => setTitle(item.title), [item.title]);
  const save = () => {
    const next = title.trim();
    if (!next) setTitle(item.title);
    else if (next !== item.title) onSave(next);
  };
  return (
    <label className="field">
      <span>Title</span>
      <input
        className="ip-item-title-input"
        value={title}
        data-autofocus
        onChange={(e) => setTitle(e.target.value)}
        onBlur={save}
        onKeyDown={(e) => {
          if (e.key === 'Enter') save();
        }}
      />
    </label>
  );
}

function DescriptionField({ item, onSave }: { item: WorkItem; onSave: (text: string) => void }) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(item.description);
  return (
    <section aria-labelledby="item-description-heading" className="ip-item-section">
      <div className="ip-item-section-head">
        <h3 id="item-description-heading">Description</h3>
        {!editing && (
          <button
            type="button"
            className="link-button"
            onClick={() => {
              setText(item.description);
              setEditing(true);
            }}
          >
            Edit description
          </button>
        )}
      </div>
      {editing ? (
        <form
          className="form"
          onSubmit={(e) => {
            e.preventDefault();
            if (text !== item.description) onSave(text);
            setEditing(false);
          }}
        >
          <label className="field">
            <span>Description (Markdown)</span>
            <textarea value={text} rows={8} autoFocus onChange={(e) => setText(e.target.value)} />
          </label>
          <div className="button-row">
            <button type="submit" className="button primary">
              Save description
            </button>
            <button type="button" className="button ghost" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : item.description.trim() ? (
        <Markdown text={item.description} />
      ) : (
        <p className="muted">No description yet.</p>
      )}
    </section>
  );
}

function ItemLink({ workspace, item }: { workspace: Workspace; item: WorkItem }) {
  const open = useContext(ShowItem);
  return (
    <button type="button" className="link-button ip-item-link" onClick={() => open(item.id)}>
      <span className="ip-item-key">{itemKey(workspace, item)}</span> {item.title}
    </button>
  );
}

function KeyInput({ label, placeholder, onSubmit, button }: { label: string; placeholder: string; button: string; onSubmit: (value: string) => Promise<boolean> }) {
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

function SubTasks({ workspace, item, items }: Omit<BodyProps, 'byKey'>) {
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

function Dependencies({ workspace, item, items, byKey }: BodyProps & { byKey: Map<string, WorkItem> }) {
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

function Links({ item, onSave }: { item: WorkItem; onSave: (links: string[]) => Promise<boolean> }) {
  const go = useAppStore((s) => s.go);
  return (
    <section aria-labelledby="item-links-heading" className="ip-item-section">
      <h3 id="item-links-heading">Links</h3>
      {item.links.length ? (
        <ul className="ip-link-list">
          {item.links.map((link) => {
            const [entity, id] = link.includes(':') ? [link.slice(0, link.indexOf(':')), link.slice(link.indexOf(':') + 1)] : ['link', link];
            const view = LINK_VIEWS[entity];
            return (
              <li key={link}>
                {view ? (
                  <button type="button" className="link-button" title={`Go to ${view}`} onClick={() => go(view)}>
                    <span className="ip-link-entity">{entity}</span> {id}
                  </button>
                ) : (
                  <span>
                    <span className="ip-link-entity">{entity}</span> {id}
                  </span>
                )}
                <button type="button" className="icon-button" aria-label={`Remove link ${link}`} onClick={() => void onSave(item.links.filter((l) => l !== link))}>
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="muted">No links to experiments, models, alerts or risks.</p>
      )}
      <KeyInput
        label="New link"
        placeholder="entity:id, e.g. risk:3f2a…"
        button="Add link"
        onSubmit={async (value) => {
          if (!/^[a-zA-Z]+:\S+$/.test(value)) {
            toast(`A link is written entity:id, e.g. risk:42 — “${value}” is not.`, 'error');
            return false;
          }
          return item.links.includes(value) ? true : onSave([...item.links, value]);
        }}
      />
    </section>
  );
}

function Fields({ workspace, item, members, sprints, byKey, items, edit }: BodyProps & { members: Member[]; sprints: Sprint[]; byKey: Map<string, WorkItem>; edit: (patch: Partial<WorkItem>) => Promise<boolean> }) {
  const [labels, setLabels] = useState(item.labels.join(', '));
  const [parentKey, setParentKey] = useState(item.parentId ? (items.get(item.parentId) ? itemKey(workspace, items.get(item.parentId)!) : '') : '');
  const [parentError, setParentError] = useState<string | null>(null);
  const scale = workspace.pointScale.includes(item.estimate ?? -1) || item.estimate === null ? workspace.pointScale : [...workspace.pointScale, item.estimate].sort((a, b) => a - b);
  useEffect(() => setLabels(item.labels.join(', ')), [item.labels]);

  const saveLabels = () => {
    const next = [...new Set(labels.split(',').map((l) => l.trim()).filter(Boolean))];
    if (next.join('\u0000') !== item.labels.join('\u0000')) void edit({ labels: next });
  };
  const saveParent = () => {
    const value = parentKey.trim().toUpperCase();
    if (!value) {
      setParentError(null);
      void attempt(() => setParent(workspace, item, null));
      return;
    }
    const parent = byKey.get(value);
    if (!parent) return setParentError(`No item ${value} in this workspace.`);
    setParentError(null);
    void attempt(() => setParent(workspace, item, parent), setParentError);
  };

  const select = (label: string, value: string, options: [string, string][], onChange: (v: string) => void): ReactNode => (
    <label className="field">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <div className="form ip-item-fields">
      {select('Type', item.type, itemTypes.map((t) => [t, t]), (type) => void edit({ type: type as WorkItem['type'] }))}
      {select('Status', item.status, workspace.workflow.map((s) => [s.id, s.name]), (status) =>
        void attempt(() => setItemsStatus(workspace, [item], status)),
      )}
      {select('Assignee', item.assigneeId ?? '', [['', 'Unassigned'], ...members.map((m): [string, string] => [m.id, m.name])], (id) => void edit({ assigneeId: id || null }))}
      {select('Estimate', item.estimate === null ? '' : String(item.estimate), [['', 'No estimate'], ...scale.map((p): [string, string] => [String(p), `${p} pt${p === 1 ? '' : 's'}`])], (v) =>
        void edit({ estimate: v === '' ? null : Number(v) }),
      )}
      {select('Priority', item.priority, priorities.map((p) => [p, p === 'none' ? 'No priority' : p]), (p) => void edit({ priority: p as WorkItem['priority'] }))}
      {select('Sprint', item.sprintId ?? '', [['', 'Backlog'], ...sprints.filter((s) => s.state !== 'completed' || s.id === item.sprintId).map((s): [string, string] => [s.id, s.name])], (id) =>
        void edit({ sprintId: id || null }),
      )}
      <label className="field">
        <span>Due date</span>
        <input type="date" value={item.dueDate ?? ''} onChange={(e) => void edit({ dueDate: e.target.value || null })} />
      </label>
      <label className="field">
        <span>Labels (comma separated)</span>
        <input value={labels} onChange={(e) => setLabels(e.target.value)} onBlur={saveLabels} onKeyDown={(e) => e.key === 'Enter' && saveLabels()} />
      </label>
      <label className="field">
        <span>Parent (item key)</span>
        <input
          value={parentKey}
          placeholder={`e.g. ${workspace.key}-1`}
          aria-invalid={!!parentError}
          aria-describedby={parentError ? 'item-parent-error' : undefined}
          onChange={(e) => setParentKey(e.target.value)}
          onBlur={saveParent}
          onKeyDown={(e) => e.key === 'Enter' && saveParent()}
        />
      </label>
      {parentError && (
        <p id="item-parent-error" role="alert" className="error">
          {parentError}
        </p>
      )}
      <label className="ip-checkbox">
        <input type="checkbox" checked={item.flagged} onChange={(e) => void edit({ flagged: e.target.checked })} />
        Flagged (blocked by something outside the backlog)
      </label>
      <p className="muted ip-item-meta">
        Created {format(new Date(item.createdAt), 'd MMM yyyy')}
        {item.carryOver ? ` · carried over ${item.carryOver}×` : ''}
      </p>
    </div>
  );
}

function History({ workspace, item, items, members, sprints }: BodyProps & { members: Member[]; sprints: Sprint[] }) {
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  useEffect(() => {
    let live = true;
    const names = {
      thisDevice: session().clock.deviceId,
      format: (field: string, value: unknown): string => {
        if (value === null || value === undefined || value === '') return '—';
        if (field === 'status') return workspace.workflow.find((s) => s.id === value)?.name ?? String(value);
        if (field === 'assigneeId') return members.find((m) => m.id === value)?.name ?? 'a removed member';
        if (field === 'sprintId') return sprints.find((s) => s.id === value)?.name ?? 'a removed sprint';
        if (field === 'parentId') return items.get(value as string) ? itemKey(workspace, items.get(value as string)!) : 'a removed item';
        if (field === 'blockedBy' && Array.isArray(value))
          return value.length ? value.map((id) => (items.get(id) ? itemKey(workspace, items.get(id)!) : 'removed')).join(', ') : '—';
        if (field === 'rank') return 'position';
        if (field === 'description') return `${String(value).slice(0, 60)}${String(value).length > 60 ? '…' : ''}`;
        if (field === 'estimate') return `${String(value)} pts`;
        if (Array.isArray(value)) return value.length ? value.join(', ') : '—';
        if (typeof value === 'boolean') return value ? 'yes' : 'no';
        return String(value);
      },
    };
    void opsForRow(session().db, 'items', item.id).then((ops) => live && setEntries(itemHistory(ops, names)));
    return () => {
      live = false;
    };
  }, [workspace, item, items, members, sprints]);
  return (
    <section aria-labelledby="item-history-heading" className="ip-item-section">
      <h3 id="item-history-heading">History</h3>
      {!entries ? (
        <p className="muted">Reading the change log…</p>
      ) : (
        <ol className="ip-history-list">
          {entries.map((e) => (
            <li key={e.id}>
              {e.kind === 'created' ? (
                <span>Created</span>
              ) : e.field === 'rank' ? (
                <span>Moved in the ranking</span>
              ) : (
                <span>
                  <strong>{fieldLabel(e.field)}</strong> {e.from} → {e.to}
                </span>
              )}
              <span className="muted">
                {' '}
                · {e.who} ·{' '}
                <time dateTime={new Date(e.at).toISOString()} title={format(e.at, 'd MMM yyyy HH:mm:ss')}>
                  {formatDistanceToNow(e.at, { addSuffix: true })}
                </time>
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
