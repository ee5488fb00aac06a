import { useLiveQuery } from 'dexie-react-hooks';
import type { SetAsideCode } from '@shared/sync/op-validation';
import { groupSetAside } from '@shared/sync/set-aside';
import { ActionButton } from '../../kernel/actions/ActionButton';
import { session } from '../../data/session';
import { listSetAside } from '../../data/set-aside-store';

/** Why, in words a team lead can act on. */
const CODE_LABEL: Record<SetAsideCode, string> = {
  ahead: 'dated more than a day ahead (applied automatically once the clocks agree)',
  malformed: 'not a well-formed change',
  reserved_field: 'writes a field no change may write',
  forged_id: 'its id or clock does not belong to the device it names',
  forged_own: "claims to be this laptop's, which never wrote it",
  too_large: 'a value larger than 256 KB',
  too_deep: 'a value nested too deeply',
  bad_value: 'a value this field cannot hold',
};

/**
 * Settings → Sync: what sync received but did not apply, by device and reason, with the way
 * out (export them as JSON; apply the ones only dated ahead). Sync itself goes on regardless.
 */
export function SetAsidePanel({ workspaceId }: { workspaceId: string }) {
  const records = useLiveQuery(() => listSetAside(session().db, workspaceId), [workspaceId]);
  if (!records?.length) return null;
  const groups = groupSetAside(records);
  const ahead = records.filter((r) => r.code === 'ahead').length;
  return (
    <section className="panel" aria-labelledby="sync-set-aside-heading" data-testid="set-aside">
      <h2 id="sync-set-aside-heading">Set aside</h2>
      <p>
        {records.length} change{records.length === 1 ? ' was' : 's were'} received but set aside, not applied. Everything else kept syncing.
      </p>
      <table className="set-aside-table">
        <caption className="sr-only">Set-aside changes by device and reason</caption>
        <thead>
          <tr>
            <th scope="col">From device</th>
            <th scope="col">Changes</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => (
            <tr key={`${g.deviceId}/${g.code}`}>
              <td>
                <code>{g.deviceId ?? 'unknown'}</code>
              </td>
              <td>{g.count}</td>
              <td>
                {CODE_LABEL[g.code] ?? g.code}
                <span className="muted"> — e.g. {g.reason}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">Last set aside {new Date(records[0].at).toLocaleString()}. Every sync tries them again.</p>
      <div className="button-row">
        <ActionButton id="sync.exportSetAside" />
        {ahead > 0 && <ActionButton id="sync.applySetAsideAnyway" className="button ghost" />}
      </div>
    </section>
  );
}
