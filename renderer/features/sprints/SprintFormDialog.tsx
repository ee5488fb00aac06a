import { useState } from 'react';
import { dayOf } from '@shared/agile';
import type { Sprint } from '@shared/domain';
import { FormDialog } from '../../kernel/dialogs/FormDialog';
import { defineDialog, type DialogProps } from '../../kernel/dialogs/dialog-stack';
import { createSprint, editSprint } from './sprint-commands';
import { nextSprintFields, sprintFieldsProblem, type SprintFields } from './sprint-plan';
import { useSprintsUi } from './sprints-slice';
import { SprintFieldset } from './SprintFieldset';
import { useSprintContext, type SprintContext } from './sprint-dialog';

/** Create a sprint (proposed from the cadence), or edit the one whose id it was opened with. */
function SprintFormDialog({ sprintId, onClose }: { sprintId?: string } & DialogProps) {
  const context = useSprintContext();
  const editing = sprintId ? context?.sprints.find((s) => s.id === sprintId) : undefined;
  if (!context || (sprintId && !editing)) return null;
  return <SprintForm {...context} editing={editing} onClose={onClose} />;
}

function SprintForm({ workspace, sprints, editing, onClose }: SprintContext & { editing?: Sprint; onClose: () => void }) {
  const [fields, setFields] = useState<SprintFields>(() =>
    editing
      ? { name: editing.name, goal: editing.goal, startDate: editing.startDate, endDate: editing.endDate }
      : nextSprintFields(sprints, workspace, dayOf(Date.now())),
  );
  const submit = async () => {
    const bad = sprintFieldsProblem(fields);
    if (bad) throw new Error(bad);
    if (editing) await editSprint(workspace, editing, fields);
    else useSprintsUi.getState().select((await createSprint(workspace, fields)).id);
    onClose();
  };
  return (
    <FormDialog
      title={editing ? `Edit ${editing.name}` : 'Create a sprint'}
      open
      onClose={onClose}
      onSubmit={submit}
      submitLabel={editing ? 'Save sprint' : 'Create sprint'}
      noValidate
    >
      <SprintFieldset fields={fields} onChange={setFields} />
    </FormDialog>
  );
}

export const sprintFormDialog = defineDialog<{ sprintId?: string }>('sprint-form', SprintFormDialog);
