import { useEffect, useState } from 'react';
import { format, formatDistanceToNow } from 'date-fns';
import type { Member, Sprint } from '@shared/domain';
import { itemKey } from '@shared/work';
import { session } from '../../../data/session';
import { opsForRow } from '../../../data/op-log';
import { onRowsChanged } from '../../../data/change-feed';
import { itemHistory, fieldLabel, type HistoryEntry } from '../item-history';
import type { ItemPageProps } from './item-page-context';

interface Props extends ItemPageProps {
  members: Member[];
  sprints: Sprint[];
}

/** A field's value as the history names it: a status name, a member, an item key, not an id. */
function valueNamer({ workspace, items, members, sprints }: Omit<Props, 'item'>) {
  const keyOf = (id: string) => {
    const other = items.get(id);
    return other ? itemKey(workspace, other) : undefined;
  };
  return (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return '—';
    if (field === 'status') return workspace.workflow.find((s) => s.id === value)?.name ?? String(value);
    if (field === 'assigneeId') return members.find((m) => m.id === value)?.name ?? 'a removed member';
    if (field === 'sprintId') return sprints.find((s) => s.id === value)?.name ?? 'a removed sprint';
    if (field === 'parentId') return keyOf(value as string) ?? 'a removed item';
    if (field === 'blockedBy' && Array.isArray(value)) return value.length ? value.map((id: string) => keyOf(id) ?? 'removed').join(', ') : '—';
    if (field === 'rank') return 'position';
    if (field === 'description') return `${String(value).slice(0, 60)}${String(value).length > 60 ? '…' : ''}`;
    if (field === 'estimate') return `${String(value)} pts`;
    if (Array.isArray(value)) return value.length ? value.join(', ') : '—';
    if (typeof value === 'boolean') return value ? 'yes' : 'no';
    return String(value);
  };
}

/** The item's history, read from its ops in the log; null while reading. */
function useItemHistory(props: Props): HistoryEntry[] | null {
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const { workspace, item, items, members, sprints } = props;
  // Read again once a change of this item is committed: an edit is on screen (a new `item`)
  // before its ops are in the log.
  const [committed, setCommitted] = useState(0);
  useEffect(
    () => onRowsChanged((changes) => {
      if (changes.get('items')?.some((row) => row.id === item.id)) setCommitted((n) => n + 1);
    }),
    [item.id],
  );
  useEffect(() => {
    let live = true;
    const names = { thisDevice: session().clock.deviceId, format: valueNamer({ workspace, items, members, sprints }) };
    void opsForRow(session().db, 'items', item.id).then((ops) => live && setEntries(itemHistory(ops, names)));
    return () => {
      live = false;
    };
  }, [workspace, item, items, members, sprints, committed]);
  return entries;
}

/** Who changed what and when, newest first. */
export function ItemHistory(props: Props) {
  const entries = useItemHistory(props);
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
