import { itemKey } from '@shared/work';
import { useEffect, useId, useState, type FormEvent } from 'react';
import {
  euAiActTiers, nistFunctions, raidKinds, riskCategories, riskResponses, riskSchema, riskStatuses, trustworthiness,
  type Member, type Risk, type Workspace,
} from '@shared/domain';
import { isReviewOverdue, riskScore } from '@shared/risks';
import { Modal } from '../../kernel/dialogs/Modal';
import { useRows } from '../../data/live-rows';
import { BandBadge } from './RiskHeatmap';
import { RiskHistory } from './RiskHistory';
import { addMitigation, deleteRisk, riskLink, saveRisk, today } from './risk-commands';
import { useRisksStore } from './risks-slice';
import { reportError, toast } from '../../kernel/feedback/toast';
import { asOptions, SelectField } from '../../kernel/fields/SelectField';
import { TextField } from '../../kernel/fields/TextField';

type Draft = Pick<
  Risk,
  | 'kind' | 'title' | 'cause' | 'event' | 'consequence' | 'category' | 'nistFunction' | 'characteristic' | 'euAiActTier' | 'likelihood'
  | 'impact' | 'ownerId' | 'response' | 'trigger' | 'contingency' | 'residualLikelihood' | 'residualImpact' | 'reviewDate' | 'status' | 'links'
>;

const blank: Draft = {
  kind: 'risk', title: '', cause: '', event: '', consequence: '', category: 'technical', nistFunction: null, characteristic: null,
  euAiActTier: null, likelihood: 3, impact: 3, ownerId: null, response: 'mitigate', trigger: '', contingency: '',
  residualLikelihood: null, residualImpact: null, reviewDate: null, status: 'open', links: [],
};

const levelNames = ['', 'rare', 'unlikely', 'possible', 'likely', 'almost certain'];
const impactNames = ['', 'negligible', 'minor', 'moderate', 'major', 'severe'];

/** Add or edit a RAID entry: every field of the register, the live score, mitigations and history. */
export function RiskForm({ workspace, members, risks }: { workspace: Workspace; members: Member[]; risks: readonly Risk[] }) {
  const form = useRisksStore((s) => s.form);
  const openForm = useRisksStore((s) => s.openForm);
  const existing = form && 'id' in form ? risks.find((r) => r.id === form.id) ?? null : null;
  const [draft, setDraft] = useState<Draft>(blank);
  const [error, setError] = useState<string | null>(null);
  const formKey = form ? ('id' in form ? form.id : 'new') : null;
  useEffect(() => {
    if (!form) return;
    setError(null);
    setDraft({ ...blank, ...(existing ?? ('draft' in form ? form.draft : {})) } as Draft);
    // Reset only when another risk is opened, not on every live update of this one.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [formKey, !!existing]);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const close = () => openForm(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = riskSchema.safeParse({ ...draft, title: draft.title.trim(), id: existing?.id ?? 'new', workspaceId: workspace.id, createdAt: existing?.createdAt ?? 'now' });
    if (!checked.success) {
      const issue = checked.error.issues[0];
      setError(issue.path[0] === 'title' ? 'A risk needs a title' : `${String(issue.path[0] ?? 'risk')}: ${issue.message}`);
      return;
    }
    if ((draft.residualLikelihood === null) !== (draft.residualImpact === null)) {
      setError('Set both residual likelihood and residual impact, or neither');
      return;
    }
    const saved = await saveRisk(workspace, existing, { ...draft, title: draft.title.trim() });
    toast(existing ? `Saved "${saved.title}"` : `Added "${saved.title}"`, 'success');
    if (existing) close();
    else openForm({ id: saved.id });
  }

  const score = riskScore(draft.likelihood, draft.impact);
  const residual = draft.residualLikelihood !== null && draft.residualImpact !== null ? riskScore(draft.residualLikelihood, draft.residualImpact) : null;
  const overdue = isReviewOverdue({ ...draft, deleted: false }, today());
  const title = existing ? `Risk: ${existing.title}` : 'New RAID entry';

  return (
    <Modal title={title} open={form !== null} onClose={close} wide>
      <form className="form risk-form" onSubmit={(e) => void submit(e)}>
        <div className="field-row">
          <label className="field">
            <span>Kind</span>
            <SelectField value={draft.kind} onChange={(v) => set('kind', v)} options={asOptions(raidKinds)} />
          </label>
          <TextField className="grow" label="Title" data-autofocus value={draft.title} onChange={(value) => set('title', value)} />
        </div>
        <fieldset>
          <legend>Cause → event → consequence</legend>
          <div className="risk-chain">
            <label className="field"><span>Cause</span><textarea value={draft.cause} onChange={(e) => set('cause', e.target.value)} /></label>
            <span aria-hidden="true" className="risk-arrow">→</span>
            <label className="field"><span>Event</span><textarea value={draft.event} onChange={(e) => set('event', e.target.value)} /></label>
            <span aria-hidden="true" className="risk-arrow">→</span>
            <label className="field"><span>Consequence</span><textarea value={draft.consequence} onChange={(e) => set('consequence', e.target.value)} /></label>
          </div>
        </fieldset>
        <div className="risk-grid">
          <label className="field"><span>Category</span><SelectField value={draft.category} onChange={(v) => set('category', v)} options={asOptions(riskCategories)} /></label>
          <label className="field"><span>NIST AI RMF function</span>
            <SelectField value={draft.nistFunction} onChange={(v) => set('nistFunction', v)} options={[[null, 'Not set'], ...asOptions(nistFunctions)]} />
          </label>
          <label className="field"><span>Trustworthiness characteristic</span>
            <SelectField value={draft.characteristic} onChange={(v) => set('characteristic', v)} options={[[null, 'Not set'], ...asOptions(trustworthiness)]} />
          </label>
          <label className="field"><span>EU AI Act tier</span>
            <SelectField value={draft.euAiActTier} onChange={(v) => set('euAiActTier', v)} options={[[null, 'Not set'], ...asOptions(euAiActTiers)]} />
          </label>
        </div>
        <fieldset>
          <legend>Assessment</legend>
          <div className="risk-grid">
            <LevelSelect label="Likelihood" names={levelNames} value={draft.likelihood} onChange={(v) => set('likelihood', v ?? 3)} />
            <LevelSelect label="Impact" names={impactNames} value={draft.impact} onChange={(v) => set('impact', v ?? 3)} />
            <div className="field"><span>Score</span><output aria-label="Score"><BandBadge score={score} /></output></div>
            <label className="field"><span>Response</span><SelectField value={draft.response} onChange={(v) => set('response', v)} options={asOptions(riskResponses)} /></label>
            <LevelSelect label="Residual likelihood" names={levelNames} value={draft.residualLikelihood} optional onChange={(v) => set('residualLikelihood', v)} />
            <LevelSelect label="Residual impact" names={impactNames} value={draft.residualImpact} optional onChange={(v) => set('residualImpact', v)} />
            <div className="field"><span>Residual score</span><output aria-label="Residual score">{residual === null ? <span className="muted">not assessed</span> : <BandBadge score={residual} />}</output></div>
          </div>
        </fieldset>
        <div className="risk-grid">
          <label className="field"><span>Owner</span>
            <SelectField value={draft.ownerId} onChange={(v) => set('ownerId', v)} options={[[null, 'No owner'], ...members.map((m) => [m.id, m.name] as const)]} />
          </label>
          <label className="field"><span>Status</span><SelectField value={draft.status} onChange={(v) => set('status', v)} options={asOptions(riskStatuses)} /></label>
          <label className="field"><span>Review date</span>
            <input type="date" value={draft.reviewDate ?? ''} onChange={(e) => set('reviewDate', e.target.value || null)} aria-describedby={overdue ? 'review-overdue' : undefined} className={overdue ? 'risk-overdue-input' : undefined} />
            {overdue && <span id="review-overdue" className="risk-overdue-badge">Review overdue</span>}
          </label>
        </div>
        <div className="field-row">
          <label className="field grow"><span>Trigger</span><input value={draft.trigger} onChange={(e) => set('trigger', e.target.value)} /></label>
          <label className="field grow"><span>Contingency</span><input value={draft.contingency} onChange={(e) => set('contingency', e.target.value)} /></label>
        </div>
        <TextField label="Links (work items, experiments, model versions, monitors as entity:id, space-separated)" value={draft.links.join(' ')} onChange={(value) => set('links', value.split(/\s+/).filter(Boolean))} />
        {error && <p className="error" role="alert">{error}</p>}
        <div className="modal-footer">
          {existing && (
            <button type="button" className="button danger" onClick={() => void deleteRisk(workspace, existing).then(close)}>Delete</button>
          )}
          <span className="grow" />
          <button type="button" className="button" onClick={close}>Close</button>
          <button type="submit" className="button primary">{existing ? 'Save risk' : 'Add risk'}</button>
        </div>
      </form>
      {existing && <Mitigations workspace={workspace} risk={existing} members={members} />}
      {existing && <RiskHistory risk={existing} />}
    </Modal>
  );
}

function LevelSelect({ label, names, value, optional, onChange }: { label: string; names: string[]; value: number | null; optional?: boolean; onChange: (v: number | null) => void }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <SelectField id={id} value={value} onChange={onChange} options={[...(optional ? [[null, 'Not assessed'] as const] : []), ...[1, 2, 3, 4, 5].map((n) => [n, `${n} – ${names[n]}`] as const)]} />
    </div>
  );
}

/** Mitigation actions are backlog items linked to the risk. */
function Mitigations({ workspace, risk, members }: { workspace: Workspace; risk: Risk; members: Member[] }) {
  const items = useRows('items', workspace.id);
  const linked = (items ?? []).filter((item) => item.links.includes(riskLink(risk.id)) || risk.links.includes(`item:${item.id}`));
  const [title, setTitle] = useState('');
  const [owner, setOwner] = useState('');
  const done = new Set(workspace.workflow.filter((s) => s.category === 'done').map((s) => s.id));
  return (
    <section className="risk-mitigations" aria-labelledby="mitigations-heading">
      <h3 id="mitigations-heading">Mitigation actions</h3>
      {linked.length ? (
        <ul className="retro-plain-list">
          {linked.map((item) => (
            <li key={item.id}>
              {workspace.key}-{item.number} {item.title} <span className="muted">· {done.has(item.status) ? 'done' : item.status}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No mitigation yet. Each action you add becomes a backlog task linked to this risk.</p>
      )}
      <form
        className="field-row"
        onSubmit={(e) => {
          e.preventDefault();
          addMitigation(workspace, risk, title, owner || null)
            .then((item) => {
              setTitle('');
              toast(`Added ${itemKey(workspace, item)} to the backlog`, 'success');
            })
            .catch(reportError);
        }}
      >
        <label className="field grow"><span>New mitigation action</span><input value={title} onChange={(e) => setTitle(e.target.value)} /></label>
        <label className="field"><span>Assignee</span>
          <SelectField value={owner} onChange={setOwner} options={[['', 'Unassigned'], ...members.map((m) => [m.id, m.name] as const)]} />
        </label>
        <button type="submit" className="button">Add to backlog</button>
      </form>
    </section>
  );
}
