import type { StartFields } from '@shared/agile';
import { TextField } from '../../kernel/fields/TextField';

interface Props {
  fields: StartFields;
  onChange: (next: StartFields) => void;
  /** "Sprint name" / "Sprint goal" where the dialog's other fields are not about the sprint alone (start). */
  spelledOut?: boolean;
}

/** A sprint's name, goal and dates: the create, edit, carry-over and start dialogs all ask them the same way. */
export function SprintFieldset({ fields, onChange, spelledOut }: Props) {
  const set = (patch: Partial<StartFields>) => onChange({ ...fields, ...patch });
  return (
    <>
      <TextField label={spelledOut ? 'Sprint name' : 'Name'} data-autofocus value={fields.name} required onChange={(name) => set({ name })} />
      <label className="field">
        <span>{spelledOut ? 'Sprint goal' : 'Goal'}</span>
        <textarea value={fields.goal} rows={2} placeholder="What the team means to achieve" onChange={(e) => set({ goal: e.target.value })} />
      </label>
      <div className="field-row">
        <TextField className="grow" label="Start date" type="date" value={fields.startDate} required onChange={(startDate) => set({ startDate })} />
        <TextField className="grow" label="End date" type="date" value={fields.endDate} required onChange={(endDate) => set({ endDate })} />
      </div>
    </>
  );
}
