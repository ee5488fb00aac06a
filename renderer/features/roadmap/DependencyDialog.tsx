import { useMemo, useState } from 'react';
import { roadmapTypes } from '@shared/agile';
import { compareRank, itemKey } from '@shared/work';
import { FormDialog } from '../../kernel/dialogs/FormDialog';
import { defineDialog, type DialogProps } from '../../kernel/dialogs/dialog-stack';
import { SelectField } from '../../kernel/fields/SelectField';
import { useRows } from '../../data/live-rows';
import { addBlocker, removeBlocker } from '../../entities/items/item-commands';
import { useCurrentWorkspace } from '../../entities/workspaces/queries';

/**
 * "Depends on" of an epic or milestone: its blocked-by links to other roadmap rows. Adding one
 * that would close a loop is refused with the loop named (the shared wouldCycle rule); each
 * change is one undoable step.
 */
function DependencyDialog({ id, onClose }: { id: string } & DialogProps) {
  const workspace = useCurrentWorkspace();
  const items = useRows('items', workspace?.id ?? null);
  const [choice, setChoice] = useState<string>('');
  const roadmapItems = useMemo(() => (items ?? []).filter((i) => (roadmapTypes as readonly string[]).includes(i.type)).sort(compareRank), [items]);
  const item = roadmapItems.find((i) => i.id === id);
  if (!workspace || !item) return null;
  const current = roadmapItems.filter((i) => item.blockedBy.includes(i.id));
  const candidates = roadmapItems.filter((i) => i.id !== id && !item.blockedBy.includes(i.id));
  const options = [['', 'Choose an epic or milestone'] as const, ...candidates.map((i) => [i.id, `${itemKey(workspace, i)} ${i.title}`] as const)];
  const submit = async () => {
    const blocker = candidates.find((i) => i.id === choice);
    if (!blocker) throw new Error('Choose the epic or milestone it depends on.');
    await addBlocker(workspace, item, blocker);
    setChoice('');
  };
  return (
    <FormDialog title={`Dependencies of ${itemKey(workspace, item)}`} open onClose={onClose} onSubmit={submit} submitLabel="Add dependency" submitDisabled={!choice}>
      <p className="hint">{item.title} starts after the epics it depends on finish; its forecast waits for theirs.</p>
      {current.length ? (
        <ul className="rm-dep-list" aria-label="Depends on">
          {current.map((dep) => (
            <li key={dep.id}>
              <span>
                {itemKey(workspace, dep)} {dep.title}
              </span>
              <button type="button" className="link-button" onClick={() => void removeBlocker(workspace, item, dep.id)}>
                Remove<span className="sr-only"> {itemKey(workspace, dep)}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">It depends on nothing yet.</p>
      )}
      <label className="field">
        <span>Depends on</span>
        <SelectField data-autofocus value={choice} onChange={setChoice} options={options} />
      </label>
    </FormDialog>
  );
}

export const dependencyDialog = defineDialog<{ id: string }>('roadmap-dependencies', DependencyDialog);
