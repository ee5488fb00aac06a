import { itemKey } from '@shared/work';
import { useState, type FormEvent } from 'react';
import type { Member, Sprint, WorkItem, Workspace } from '@shared/domain';
import { createItems } from '../../entities/items/item-commands';
import { moveItemToBacklog } from './sprint-commands';
import { formatPoints, pointsOf } from './sprint-plan';
import { pushDialog } from '../../kernel/dialogs/dialog-stack';
import { addItemsDialog } from './AddItemsDialog';
import { reportError } from '../../kernel/feedback/toast';
import { SelectField } from '../../kernel/fields/SelectField';


/** Create an item straight into the sprint: title and estimate, Enter to add the next. */
function QuickAdd({ workspace, sprint }: { workspace: Workspace; sprint: Sprint }) {
  const [title, setTitle] = useState('');
  const [estimate, setEstimate] = useState('');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const clean = title.trim();
    if (!clean) return;
    // The item shows at once (optimistic), so the form is free for the next one at once too: what
    // is typed meanwhile is never wiped by this commit landing. A failed add gives the text back.
    setTitle('');
    setEstimate('');
    document.getElementById(`quick-add-${sprint.id}`)?.focus();
    try {
      await createItems(workspace, [{ title: clean, estimate: estimate === '' ? null : Number(estimate), sprintId: sprint.id }]);
    } catch (error) {
      setTitle((now) => now || clean);
      reportError(error);
    }
  };
  return (
    <form className="field-row sp-quick-add" onSubmit={(e) => void submit(e)} aria-label={`Add an item to ${sprint.name}`}>
      <label className="field grow">
        <span>New item</span>
        <input id={`quick-add-${sprint.id}`} value={title} placeholder="Title" onChange={(e) => setTitle(e.target.value)} />
      </label>
      <label className="field">
        <span>Estimate</span>
        <SelectField value={estimate} onChange={setEstimate} options={[['', 'None'], ...workspace.pointScale.map((value) => [String(value), String(value)] as const)]} />
      </label>
      <button type="submit" className="button" disabled={!title.trim()}>
        Add an item
      </button>
    </form>
  );
}

export function SprintItems({ workspace, sprint, items, members }: { workspace: Workspace; sprint: Sprint; items: WorkItem[]; members: Member[] }) {
  const inSprint = items.filter((item) => item.sprintId === sprint.id);
  const statusName = new Map(workspace.workflow.map((s) => [s.id, s.name]));
  const memberName = new Map(members.map((m) => [m.id, m.name]));
  const committed = new Set(sprint.committedItemIds);
  const editable = sprint.state !== 'completed';

  return (
    <section className="panel" aria-labelledby={`items-heading-${sprint.id}`}>
      <div className="sp-panel-head">
        <h3 id={`items-heading-${sprint.id}`} className="sp-panel-title">
          {sprint.state === 'completed' ? 'Completed items' : 'Items'}{' '}
          <span className="muted">
            ({inSprint.length} · {formatPoints(pointsOf(inSprint))})
          </span>
        </h3>
        {editable && (
          <button type="button" className="button" onClick={() => pushDialog(addItemsDialog, { sprintId: sprint.id })}>
            Add items from backlog…
          </button>
        )}
      </div>
      {inSprint.length === 0 ? (
        <p className="muted">
          {editable ? 'No items yet. Add items from the backlog, or create them here.' : 'No item was finished in this sprint.'}
        </p>
      ) : (
        <table className="sp-data-table">
          <caption className="sr-only">Items in {sprint.name}</caption>
          <thead>
            <tr>
              <th scope="col">Key</th>
              <th scope="col">Title</th>
              <th scope="col">Status</th>
              <th scope="col">Assignee</th>
              <th scope="col" className="sp-num">
                Points
              </th>
              {editable && <th scope="col"><span className="sr-only">Actions</span></th>}
            </tr>
          </thead>
          <tbody>
            {inSprint.map((item) => (
              <tr key={item.id}>
                <td className="sp-item-key">{itemKey(workspace, item)}</td>
                <td>
                  {item.title}
                  {sprint.state === 'active' && sprint.committedItemIds.length > 0 && !committed.has(item.id) && <span className="sp-tag">added</span>}
                  {item.carryOver > 0 && (
                    <span className="sp-tag" title={`Carried over from ${item.carryOver} earlier sprint${item.carryOver === 1 ? '' : 's'}`}>
                      carried ×{item.carryOver}
                    </span>
                  )}
                </td>
                <td>{statusName.get(item.status) ?? item.status}</td>
                <td>{item.assigneeId ? (memberName.get(item.assigneeId) ?? '–') : '–'}</td>
                <td className="sp-num">{item.estimate ?? '–'}</td>
                {editable && (
                  <td className="sp-row-actions">
                    <button type="button" className="link-button" onClick={() => void moveItemToBacklog(workspace, item).catch(reportError)}>
                      To backlog<span className="sr-only"> {itemKey(workspace, item)}</span>
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editable && <QuickAdd workspace={workspace} sprint={sprint} />}
    </section>
  );
}
