import { useState, type FormEvent } from 'react';
import type { Member, Workspace } from '@shared/domain';
import { builtInTemplates, validateTemplate, type RetroTemplate } from '@shared/retro';
import { Modal } from '../../kernel/dialogs/Modal';
import { useSprints } from '../../entities/sprints/sprint-queries';
import { createRetro, saveCustomTemplate } from './retro-commands';
import { useRetroStore } from './retro-slice';
import { toast } from '../../kernel/feedback/toast';
import { SelectField } from '../../kernel/fields/SelectField';

const CUSTOM = '__custom';

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'column';

/** "Title: prompt" per line, as a template's columns. */
export function parseColumns(text: string): RetroTemplate['columns'] {
  return text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean).map((line) => {
    const [title, ...prompt] = line.split(':');
    return { id: slug(title), title: title.trim(), prompt: prompt.join(':').trim() };
  });
}

export function NewRetroDialog({ workspace, members }: { workspace: Workspace; members: Member[] }) {
  const open = useRetroStore((s) => s.newRetroOpen);
  const setOpen = useRetroStore((s) => s.setNewRetroOpen);
  const openRetro = useRetroStore((s) => s.openRetro);
  const sprints = useSprints(workspace.id) ?? [];
  const custom = (workspace.retroTemplates ?? []) as RetroTemplate[];
  const [templateId, setTemplateId] = useState(builtInTemplates[0].id);
  const [title, setTitle] = useState('');
  const [sprintId, setSprintId] = useState('');
  const [anonymous, setAnonymous] = useState(true);
  const [votesPerPerson, setVotesPerPerson] = useState(5);
  const [maxVotesPerGroup, setMaxVotesPerGroup] = useState(3);
  const [facilitatorId, setFacilitatorId] = useState('');
  const [customName, setCustomName] = useState('');
  const [customColumns, setCustomColumns] = useState('');
  const [error, setError] = useState<string | null>(null);
  const facilitator = facilitatorId || members[0]?.id || '';

  const close = () => {
    setOpen(false);
    setError(null);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    let template: RetroTemplate | undefined = [...builtInTemplates, ...custom].find((t) => t.id === templateId);
    if (templateId === CUSTOM) {
      const checked = validateTemplate({ id: `custom-${crypto.randomUUID().slice(0, 8)}`, name: customName, columns: parseColumns(customColumns) });
      if (!checked.ok) {
        setError(`Template ${checked.problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`);
        return;
      }
      template = checked.template;
    }
    if (!template) return setError('Choose a template');
    if (!title.trim()) return setError('A retro needs a title');
    if (!facilitator) return setError('Add a member to the workspace first: a retro needs a facilitator');
    if (votesPerPerson < 1 || maxVotesPerGroup < 1) return setError('Vote limits are whole numbers of at least 1');
    if (templateId === CUSTOM) await saveCustomTemplate(workspace, template);
    const retro = await createRetro(workspace, {
      title, template, sprintId: sprintId || null, anonymous, votesPerPerson, maxVotesPerGroup, facilitatorId: facilitator,
    });
    toast(`Retro "${retro.title}" created`, 'success');
    setTitle('');
    close();
    openRetro(retro.id);
  }

  return (
    <Modal title="New retro" open={open} onClose={close} wide>
      <form className="form" onSubmit={(e) => void submit(e)}>
        <label className="field">
          <span>Title</span>
          <input data-autofocus value={title} onChange={(e) => setTitle(e.target.value)} placeholder="Sprint 12 retro" />
        </label>
        <div className="field-row">
          <label className="field grow">
            <span>Template</span>
            <SelectField
              value={templateId}
              onChange={setTemplateId}
              options={[...builtInTemplates.map((t) => [t.id, t.name] as const), ...custom.map((t) => [t.id, `${t.name} (custom)`] as const), [CUSTOM, 'New custom template…']]}
            />
          </label>
          <label className="field grow">
            <span>Sprint</span>
            <SelectField value={sprintId} onChange={setSprintId} options={[['', 'No sprint'], ...sprints.map((s) => [s.id, s.name] as const)]} />
          </label>
        </div>
        {templateId === CUSTOM ? (
          <fieldset>
            <legend>Custom template (saved for this workspace)</legend>
            <label className="field">
              <span>Template name</span>
              <input value={customName} onChange={(e) => setCustomName(e.target.value)} />
            </label>
            <label className="field">
              <span>Columns, one per line as "Title: prompt"</span>
              <textarea value={customColumns} onChange={(e) => setCustomColumns(e.target.value)} placeholder={'Kudos: Who helped you?\nPuzzles: What confused you?'} />
            </label>
          </fieldset>
        ) : (
          <p className="hint">
            {[...builtInTemplates, ...custom].find((t) => t.id === templateId)?.columns.map((c) => c.title).join(' · ')}
          </p>
        )}
        <div className="field-row">
          <label className="field grow">
            <span>Facilitator</span>
            <SelectField value={facilitator} onChange={setFacilitatorId} options={members.map((m) => [m.id, m.name] as const)} />
          </label>
          <label className="field">
            <span>Votes per person</span>
            <input type="number" min={1} max={99} value={votesPerPerson} onChange={(e) => setVotesPerPerson(Number(e.target.value))} />
          </label>
          <label className="field">
            <span>Most votes on one group</span>
            <input type="number" min={1} max={99} value={maxVotesPerGroup} onChange={(e) => setMaxVotesPerGroup(Number(e.target.value))} />
          </label>
        </div>
        <label className="retro-check">
          <input type="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} />
          <span>Anonymous cards: authors are never stored</span>
        </label>
        {error && <p className="error" role="alert">{error}</p>}
        <div className="modal-footer">
          <button type="button" className="button" onClick={close}>Cancel</button>
          <button type="submit" className="button primary">Create retro</button>
        </div>
      </form>
    </Modal>
  );
}
