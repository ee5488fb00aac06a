import { reportError } from '../../kernel/feedback/toast';
import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { memberRoles } from '@shared/domain';
import { ActionButton } from '../../kernel/actions/ActionButton';
import { useAppStore, type AppState } from '../../kernel/store';
import type { ThemeChoice } from '../../kernel/store/ui-slice';
import { session } from '../../data/session';
import { MemberList } from '../../entities/workspaces/MemberList';
import { useMembers, useWorkspace } from '../../entities/workspaces/queries';
import { addMember, removeMember, renameWorkspace } from '../../entities/workspaces/workspace-commands';
import { asOptions, SelectField } from '../../kernel/fields/SelectField';
import { UpdatesPanel } from './UpdatesPanel';
import { TextField } from '../../kernel/fields/TextField';

const themes: { id: ThemeChoice; label: string }[] = [
  { id: 'light', label: 'Light' },
  { id: 'dark', label: 'Dark' },
  { id: 'system', label: 'System' },
];

export function SettingsView() {
  const workspaceId = useAppStore((s) => s.workspaceId);
  const workspace = useWorkspace(workspaceId);
  const members = useMembers(workspaceId);
  const theme = useAppStore((s: AppState) => s.theme);
  const setTheme = useAppStore((s) => s.setTheme);
  const [name, setName] = useState('');
  const [memberName, setMemberName] = useState('');
  const [memberRole, setMemberRole] = useState<string>(memberRoles[0]);
  const quarantined = useLiveQuery(() => session().db.quarantine.count(), []);
  useEffect(() => setName(workspace?.name ?? ''), [workspace?.name]);

  return (
    <div className="view">
      <header className="view-header">
        <h1>Settings</h1>
      </header>
      <section className="panel" aria-labelledby="appearance-heading">
        <h2 id="appearance-heading">Appearance</h2>
        <fieldset className="segmented">
          <legend>Theme</legend>
          {themes.map((t) => (
            <label key={t.id}>
              <input type="radio" name="theme" value={t.id} checked={theme === t.id} onChange={() => setTheme(t.id)} />
              {t.label}
            </label>
          ))}
        </fieldset>
      </section>
      <UpdatesPanel />
      {workspace && (
        <>
          <section className="panel" aria-labelledby="workspace-heading">
            <h2 id="workspace-heading">Workspace</h2>
            <form
              className="field-row"
              onSubmit={(e) => {
                e.preventDefault();
                void renameWorkspace(workspace, name);
              }}
            >
              <label className="field grow">
                <span>Name</span>
                <input id="workspace-name" value={name} required onChange={(e) => setName(e.target.value)} />
              </label>
              <button type="submit" className="button" disabled={!name.trim() || name.trim() === workspace.name}>
                Rename
              </button>
            </form>
            <h3>Members</h3>
            <MemberList members={members} onRemove={(m) => void removeMember(workspace.id, m.id, m.name)} />
            <form
              className="field-row"
              onSubmit={(e) => {
                e.preventDefault();
                const name = memberName;
                if (!name.trim()) return;
                setMemberName('');
                void addMember(workspace.id, name, memberRole).catch((error) => {
                  setMemberName((now) => now || name);
                  reportError(error);
                });
              }}
            >
              <TextField className="grow" label="New member" value={memberName} placeholder="Name" onChange={setMemberName} />
              <label className="field">
                <span>Role</span>
                <SelectField value={memberRole} onChange={setMemberRole} options={asOptions(memberRoles)} />
              </label>
              <button type="submit" className="button">
                Add member
              </button>
            </form>
          </section>
          <section className="panel" aria-labelledby="backup-heading">
            <h2 id="backup-heading">Backup</h2>
            <p className="muted">One .sprintlab file (JSON) with the workspace's full history; the desktop app opens it with a double-click. Restoring it twice changes nothing the second time.</p>
            <div className="button-row">
              <ActionButton id="backup.export" />
              <ActionButton id="backup.restore" />
            </div>
          </section>
          <section className="panel danger-zone" aria-labelledby="danger-heading">
            <h2 id="danger-heading">Delete</h2>
            <ActionButton id="workspace.delete" className="button danger" />
          </section>
        </>
      )}
      {!!quarantined && (
        <p className="warning" role="status">
          {quarantined} change{quarantined === 1 ? '' : 's'} received by sync {quarantined === 1 ? 'was' : 'were'} set aside, not applied: see Sync for why and from which device.
        </p>
      )}
    </div>
  );
}
