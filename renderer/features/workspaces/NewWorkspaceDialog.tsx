import { useState } from 'react';
import { memberRoles } from '@shared/domain';
import { FormDialog } from '../../kernel/dialogs/FormDialog';
import { defineDialog, type DialogProps } from '../../kernel/dialogs/dialog-stack';
import { createWorkspace, suggestKey } from '../../entities/workspaces/workspace-commands';
import { toast } from '../../kernel/feedback/toast';
import { asOptions, SelectField } from '../../kernel/fields/SelectField';

interface Row {
  name: string;
  role: string;
}

function NewWorkspaceDialog({ onClose: close }: DialogProps) {
  const [name, setName] = useState('');
  const [key, setKey] = useState('');
  const [keyEdited, setKeyEdited] = useState(false);
  const [members, setMembers] = useState<Row[]>([{ name: '', role: memberRoles[0] }]);

  const submit = async () => {
    await createWorkspace({ name, key: key || suggestKey(name), members });
    toast(`Created ${name.trim()}`, 'success');
    close();
  };
  const setRow = (i: number, patch: Partial<Row>) => setMembers((rows) => rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  return (
    <FormDialog title="Create a workspace" open onClose={close} onSubmit={submit} submitLabel="Create workspace" wide>
        <p className="hint">A workspace holds one team's plan: its backlog, sprints, experiments, models and risks.</p>
        <div className="field-row">
          <label className="field grow">
            <span>Name</span>
            <input
              required
              data-autofocus
              value={name}
              placeholder="e.g. Fraud detection"
              onChange={(e) => {
                setName(e.target.value);
                if (!keyEdited) setKey(suggestKey(e.target.value));
              }}
            />
          </label>
          <label className="field">
            <span>Item key</span>
            <input
              value={key}
              maxLength={10}
              pattern="[A-Z][A-Z0-9]{0,9}"
              title="1-10 capital letters or digits, starting with a letter"
              onChange={(e) => {
                setKeyEdited(true);
                setKey(e.target.value.toUpperCase());
              }}
            />
          </label>
        </div>
        <fieldset className="members">
          <legend>Members</legend>
          {members.map((row, i) => (
            <div className="field-row" key={i}>
              <label className="field grow">
                <span className="sr-only">Member {i + 1} name</span>
                <input value={row.name} placeholder="Name" onChange={(e) => setRow(i, { name: e.target.value })} />
              </label>
              <label className="field">
                <span className="sr-only">Member {i + 1} role</span>
                <SelectField value={row.role} onChange={(role) => setRow(i, { role })} options={asOptions(memberRoles)} />
              </label>
              <button type="button" className="icon-button" aria-label={`Remove member ${i + 1}`} onClick={() => setMembers((rows) => rows.filter((_, j) => j !== i))}>
                ×
              </button>
            </div>
          ))}
          <button type="button" className="link-button" onClick={() => setMembers((rows) => [...rows, { name: '', role: memberRoles[0] }])}>
            + Add member
          </button>
        </fieldset>
    </FormDialog>
  );
}

export const newWorkspaceDialog = defineDialog('new-workspace', NewWorkspaceDialog);
