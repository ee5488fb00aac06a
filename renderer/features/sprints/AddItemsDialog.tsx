import { itemKey } from '@shared/work';
import { useMemo, useState } from 'react';
import { categoryLookup } from '@shared/agile';
import { FormDialog } from '../../kernel/dialogs/FormDialog';
import { reportError } from '../../kernel/feedback/toast';
import { TextField } from '../../kernel/fields/TextField';
import { addItemsToSprint } from './sprint-commands';
import { formatPoints, pointsOf } from './sprint-plan';
import { defineSprintDialog, type SprintDialogProps } from './sprint-dialog';

const PICKER_LIMIT = 200;

/** Choose backlog items to pull into a sprint. */
function AddItems({ workspace, sprint, items, onClose }: SprintDialogProps) {
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const category = useMemo(() => categoryLookup(workspace.workflow), [workspace.workflow]);
  const backlog = useMemo(
    () => items.filter((item) => item.sprintId === null && item.type !== 'epic' && category(item.status) !== 'done'),
    [items, category],
  );
  const needle = query.trim().toLowerCase();
  const matches = needle
    ? backlog.filter((item) => item.title.toLowerCase().includes(needle) || itemKey(workspace, item).toLowerCase().includes(needle))
    : backlog;
  const picked = backlog.filter((item) => chosen.has(item.id));
  const toggle = (id: string) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const submit = async () => {
    try {
      await addItemsToSprint(workspace, sprint, picked);
      onClose();
    } catch (error) {
      reportError(error);
    }
  };
  return (
    <FormDialog
      title={`Add items to ${sprint.name}`}
      open
      onClose={onClose}
      onSubmit={submit}
      submitLabel={picked.length === 1 ? 'Add 1 item' : `Add ${picked.length} items`}
      submitDisabled={picked.length === 0}
      wide
      footerExtra={
        <span className="muted grow sp-footer-count" aria-live="polite">
          {picked.length} chosen · {formatPoints(pointsOf(picked))}
        </span>
      }
    >
      <TextField label="Find in the backlog" type="search" data-autofocus value={query} placeholder="Title or key" onChange={setQuery} />
      {backlog.length === 0 ? (
        <p className="muted">The backlog has no unfinished items. Create one from the sprint with “Add an item”.</p>
      ) : (
        <fieldset className="sp-picker">
          <legend>
            Backlog items ({matches.length}
            {matches.length > PICKER_LIMIT ? `, showing the first ${PICKER_LIMIT}: type to narrow` : ''})
          </legend>
          <ul className="sp-picker-list">
            {matches.slice(0, PICKER_LIMIT).map((item) => (
              <li key={item.id}>
                <label>
                  <input type="checkbox" checked={chosen.has(item.id)} onChange={() => toggle(item.id)} />
                  <span className="sp-item-key">{itemKey(workspace, item)}</span>
                  <span className="grow">{item.title}</span>
                  <span className="muted">{item.estimate === null ? '–' : formatPoints(item.estimate)}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
    </FormDialog>
  );
}

export const addItemsDialog = defineSprintDialog('sprint-add-items', AddItems);
