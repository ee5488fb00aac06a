import { useState, type FormEvent } from 'react';
import { actionsOf } from '@shared/retro';
import { useRows } from '../../data/live-rows';
import { addAction } from './retro-commands';
import { memberName, type PhaseProps } from './phase-props';
import { SelectField } from '../../kernel/fields/SelectField';

export function ActionsPhase(props: PhaseProps) {
  return (
    <div className="retro-centre panel">
      <h2>Actions</h2>
      <p className="muted">Each action becomes a task in the backlog, linked to this retro, with its owner and due date.</p>
      <ActionsPanel {...props} />
    </div>
  );
}

/** The action form and list (also shown while discussing). */
export function ActionsPanel({ board, members }: PhaseProps) {
  const { retro, workspace } = board;
  const items = useRows('items', workspace.id);
  const actions = actionsOf(retro.id, items ?? []);
  const [title, setTitle] = useState('');
  const [ownerId, setOwnerId] = useState('');
  const [dueDate, setDueDate] = useState('');
  async function submit(event: FormEvent) {
    event.preventDefault();
    const refused = await addAction(board, { title, ownerId: ownerId || null, dueDate: dueDate || null });
    if (!refused) {
      setTitle('');
      setDueDate('');
    }
  }
  return (
    <div className="retro-actions">
      <form className="retro-action-form" onSubmit={(e) => void submit(e)} aria-label="New action">
        <label className="field grow">
          <span>Action</span>
          <input value={title} onChange={(e) => setTitle(e.target.value)} placeholder="What will we do, concretely?" />
        </label>
        <label className="field">
          <span>Owner</span>
          <SelectField value={ownerId} onChange={setOwnerId} options={[['', 'Unassigned'], ...members.map((m) => [m.id, m.name] as const)]} />
        </label>
        <label className="field">
          <span>Due date</span>
          <input type="date" value={dueDate} onChange={(e) => setDueDate(e.target.value)} />
        </label>
        <button type="submit" className="button primary">Add action</button>
      </form>
      {actions.length > 0 && (
        <table className="retro-action-table">
          <caption className="sr-only">Actions from this retro</caption>
          <thead>
            <tr><th scope="col">Item</th><th scope="col">Action</th><th scope="col">Owner</th><th scope="col">Due</th></tr>
          </thead>
          <tbody>
            {actions.map((item) => (
              <tr key={item.id}>
                <td>{workspace.key}-{item.number}</td>
                <td>{item.title}</td>
                <td>{memberName(members, item.assigneeId)}</td>
                <td>{item.dueDate ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
