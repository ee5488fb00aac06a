import { itemKey } from '@shared/work';
import { useState } from 'react';
import { itemTypes, type ItemType, type Sprint, type Workspace } from '@shared/domain';
import { createItems } from '../../entities/items/item-commands';
import { useBacklog } from './backlog-slice';
import { reportError } from '../../kernel/feedback/toast';
import { asOptions, SelectField } from '../../kernel/fields/SelectField';

/**
 * The inline "new item" row (C): Enter creates and keeps the row open for the next one,
 * Escape closes it and returns to the list.
 */
export function QuickCreate({ workspace, sprints, onClosed }: { workspace: Workspace; sprints: Sprint[]; onClosed: () => void }) {
  const setOpen = useBacklog((s) => s.setQuickCreate);
  const [title, setTitle] = useState('');
  const [type, setType] = useState<ItemType>('story');
  const [estimate, setEstimate] = useState('');
  const [sprintId, setSprintId] = useState('');
  const [created, setCreated] = useState<string | null>(null);
  const close = () => {
    setOpen(false);
    onClosed();
  };
  return (
    <form
      className="bl-quick-create panel"
      aria-label="Quick create"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          close();
        }
      }}
      onSubmit={async (e) => {
        e.preventDefault();
        const clean = title.trim();
        if (!clean) return;
        // Free for the next title at once; the commit landing later never wipes what is typed meanwhile.
        setTitle('');
        try {
          const [item] = await createItems(workspace, [{ title: clean, type, estimate: estimate === '' ? null : Number(estimate), sprintId: sprintId || null }]);
          setCreated(`Created ${itemKey(workspace, item)} ${item.title}`);
        } catch (error) {
          setTitle((now) => now || clean);
          reportError(error);
        }
      }}
    >
      <label className="field grow">
        <span>New item title</span>
        <input id="quick-create-title" value={title} autoFocus autoComplete="off" placeholder="What needs doing? Enter creates, Esc closes" onChange={(e) => setTitle(e.target.value)} />
      </label>
      <label className="field">
        <span>Type</span>
        <SelectField value={type} onChange={setType} options={asOptions(itemTypes)} />
      </label>
      <label className="field">
        <span>Estimate</span>
        <SelectField value={estimate} onChange={setEstimate} options={[['', '–'], ...workspace.pointScale.map((p) => [String(p), String(p)] as const)]} />
      </label>
      <label className="field">
        <span>Add to</span>
        <SelectField value={sprintId} onChange={setSprintId} options={[['', 'Backlog'], ...sprints.map((s) => [s.id, s.name] as const)]} />
      </label>
      <button type="submit" className="button primary" disabled={!title.trim()}>
        Create
      </button>
      <button type="button" className="button ghost" onClick={close}>
        Close
      </button>
      <p className="sr-only" role="status">
        {created ?? ''}
      </p>
    </form>
  );
}
