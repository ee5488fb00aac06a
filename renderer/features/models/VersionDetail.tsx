import { itemKey } from '@shared/work';
import { useId, useState, type FormEvent } from 'react';
import { modelStages, type Model, type ModelStage, type ModelVersion } from '@shared/domain';
import { aliasesOf, effectiveChecklist, openPoints, promotionTarget, suggestedAliases, datasetName, versionName, runLabel, registeredOn, versionProvenance } from '@shared/models';
import { Modal } from '../../kernel/dialogs/Modal';
import { useItemMap } from '../../entities/items/item-queries';
import { useCurrentWorkspace } from '../../entities/workspaces/queries';
import { changeStage, createItemsForOpenPoints, dropAlias, pointAlias, setChecklistEntry } from './model-commands';
import { useActor, type ModelData } from './model-queries';
import { useModelsStore } from './models-slice';
import { AliasChip, StageBadge } from './StageBadge';
import { deploymentDialog } from './deployments/DeploymentDialog';
import { pushDialog } from '../../kernel/dialogs/dialog-stack';
import { SelectField } from '../../kernel/fields/SelectField';
import { Facts } from '../../kernel/views/Facts';
import { UNDO, reportError, toast } from '../../kernel/feedback/toast';
import { TextField } from '../../kernel/fields/TextField';

const moveLabel = (from: ModelStage, to: ModelStage) =>
  to === 'Archived' ? 'Archive' : to === 'None' ? 'Move back to None' : to === promotionTarget(from) ? `Promote to ${to}` : `Move to ${to}`;

interface Props {
  data: ModelData;
  workspaceId: string;
  model: Model;
  version: ModelVersion;
}

/** One model version: stage with who and when, aliases, promotion checklist, deployments. */
export function VersionDetail({ data, workspaceId, model, version }: Props) {
  const selectModel = useModelsStore((s) => s.selectModel);
  const name = versionName(model, version);
  const run = version.runId ? data.runById.get(version.runId) : undefined;
  const experiment = run?.experimentId ? data.experimentById.get(run.experimentId) : undefined;
  const dataset = version.datasetVersionId ? data.datasetById.get(version.datasetVersionId) : undefined;
  const deployments = data.deployments.filter((d) => d.modelVersionId === version.id);

  return (
    <article className="ml-version-detail" aria-labelledby="version-heading">
      <button type="button" className="link-button ml-back-link" onClick={() => selectModel(model.id)}>
        ← All versions of {model.name}
      </button>
      <header className="panel ml-version-head">
        <div className="ml-version-title">
          <h2 id="version-heading">{name}</h2>
          <StageBadge stage={version.stage} />
          {aliasesOf(model, version.id).map((a) => (
            <AliasChip key={a} alias={a} />
          ))}
        </div>
        <Facts
          className="ml-meta-list"
          facts={[
            ['Source run', run ? `${runLabel(run)}${experiment ? ` · ${experiment.title}` : ''}` : versionProvenance(version)],
            ['Dataset', dataset ? datasetName(dataset) : '—'],
            ['Status', version.status],
            ['Registered', registeredOn(version)],
          ]}
        />
      </header>
      <div className="ml-version-grid">
        <StageSection workspaceId={workspaceId} model={model} version={version} />
        <ChecklistSection workspaceId={workspaceId} model={model} version={version} />
        <AliasSection workspaceId={workspaceId} model={model} version={version} data={data} />
        <section className="panel" aria-labelledby="version-deployments-heading">
          <div className="ml-panel-head">
            <h3 id="version-deployments-heading">Deployments</h3>
            <button type="button" className="button" onClick={() => pushDialog(deploymentDialog, { workspaceId, modelVersionId: version.id })}>
              Record deployment…
            </button>
          </div>
          {deployments.length ? (
            <ul className="ml-plain-list">
              {deployments.map((d) => (
                <li key={d.id}>
                  <span className={`ml-badge ml-status-${d.status.replace(' ', '-')}`}>{d.status}</span> {d.environment} on {d.target}
                  {d.date ? <span className="muted"> · {d.date}</span> : null}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">Not deployed anywhere yet.</p>
          )}
        </section>
      </div>
    </article>
  );
}

function StageSection({ workspaceId, model, version }: Omit<Props, 'data'>) {
  const { members, actor } = useActor(workspaceId);
  const setActor = useModelsStore((s) => s.setActor);
  const [archiveExisting, setArchiveExisting] = useState(true);
  const [confirming, setConfirming] = useState<ModelStage | null>(null);
  const open = openPoints(effectiveChecklist(model.checklistTemplate, version.checklist));
  const target = promotionTarget(version.stage);
  const others = modelStages.filter((s) => s !== version.stage && s !== target);
  const by = actor?.name ?? 'Someone';

  const move = (to: ModelStage) =>
    // The badge and the history show the change; only a failure needs a message.
    changeStage(workspaceId, model, version, to, by, archiveExisting).catch(reportError);
  const request = (to: ModelStage) => {
    if (to === 'Production' && open.length) setConfirming(to);
    else void move(to);
  };

  return (
    <section className="panel" aria-labelledby="stage-heading">
      <h3 id="stage-heading">Stage</h3>
      <label className="field ml-stage-actor">
        <span>You are</span>
        <SelectField
          value={actor?.id ?? null}
          onChange={setActor}
          disabled={!members.length}
          options={members.length ? members.map((m) => [m.id, m.name] as const) : [[null, 'Someone (add members in Settings)']]}
        />
      </label>
      <div className="button-row">
        {target && (
          <button type="button" className="button primary" onClick={() => request(target)}>
            {moveLabel(version.stage, target)}
          </button>
        )}
        {others.map((s) => (
          <button key={s} type="button" className="button" onClick={() => request(s)}>
            {moveLabel(version.stage, s)}
          </button>
        ))}
      </div>
      <label className="ml-check">
        <input type="checkbox" checked={archiveExisting} onChange={(e) => setArchiveExisting(e.target.checked)} />
        Archive the model's other versions in the stage this one enters (Staging or Production)
      </label>
      <h4>History</h4>
      {version.stageHistory.length ? (
        <ol className="ml-stage-history">
          {[...version.stageHistory].reverse().map((h, i) => (
            <li key={i}>
              <StageBadge stage={h.stage} /> by {h.by} <time dateTime={h.at}>{new Date(h.at).toLocaleString()}</time>
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">No stage changes recorded yet.</p>
      )}
      <Modal title={`Promote ${versionName(model, version)} with open points?`} open={confirming !== null} onClose={() => setConfirming(null)}>
        <p>
          {open.length} checklist point{open.length === 1 ? ' is' : 's are'} still open:
        </p>
        <ul>
          {open.map((p) => (
            <li key={p.label}>{p.label}</li>
          ))}
        </ul>
        <footer className="modal-footer">
          <button type="button" className="button" data-autofocus onClick={() => setConfirming(null)}>
            Cancel
          </button>
          <button
            type="button"
            className="button danger"
            onClick={() => {
              const to = confirming!;
              setConfirming(null);
              void move(to);
            }}
          >
            Promote anyway
          </button>
        </footer>
      </Modal>
    </section>
  );
}

function ChecklistSection({ workspaceId, model, version }: Omit<Props, 'data'>) {
  const workspace = useCurrentWorkspace();
  const items = useItemMap(workspaceId);
  const checklist = effectiveChecklist(model.checklistTemplate, version.checklist);
  const done = checklist.filter((e) => e.done).length;
  const unlinked = checklist.filter((e) => !e.done && !e.workItemId).length;
  const statusName = (status: string) => workspace?.workflow.find((s) => s.id === status)?.name ?? status;

  return (
    <section className="panel" aria-labelledby="checklist-heading">
      <h3 id="checklist-heading">Promotion checklist</h3>
      {checklist.length ? (
        <>
          <p className="muted" aria-live="polite">
            {done} of {checklist.length} done
          </p>
          <ul className="ml-checklist">
            {checklist.map((entry) => {
              const item = entry.workItemId ? items.get(entry.workItemId) : undefined;
              return (
                <li key={entry.label}>
                  <label className="ml-check">
                    <input
                      type="checkbox"
                      checked={entry.done}
                      onChange={(e) =>
                        void setChecklistEntry(workspaceId, model, version, entry.label, e.target.checked).catch(reportError)
                      }
                    />
                    <span className={entry.done ? 'ml-done' : undefined}>{entry.label}</span>
                  </label>
                  {entry.workItemId && (
                    <span className="muted ml-small">
                      {item && workspace ? `${itemKey(workspace, item)} · ${statusName(item.status)}` : 'work item removed'}
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
          <button
            type="button"
            className="button"
            disabled={!unlinked || !workspace}
            onClick={() =>
              workspace &&
              createItemsForOpenPoints(workspace, model, version).then(
                (n) => toast(`Created ${n} work item${n === 1 ? '' : 's'} in the backlog`, 'success', UNDO),
                reportError,
              )
            }
          >
            Create work items for open points{unlinked ? ` (${unlinked})` : ''}
          </button>
        </>
      ) : (
        <p className="muted">The checklist of {model.name} is empty; add points on the model's page.</p>
      )}
    </section>
  );
}

function AliasSection({ workspaceId, model, version, data }: Props) {
  const [alias, setAlias] = useState('');
  const listId = useId();
  const mine = aliasesOf(model, version.id);
  const elsewhere = Object.entries(model.aliases).filter(([, id]) => id !== version.id);
  const suggestions = [...new Set([...Object.keys(model.aliases), ...suggestedAliases])].filter((a) => !mine.includes(a));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const name = alias.trim();
    const from = model.aliases[name];
    pointAlias(workspaceId, model, name, version).then(
      () => {
        setAlias('');
        // A move takes the alias away from another version: say so, with a way back.
        const previous = from ? data.versionById.get(from) : undefined;
        if (previous) toast(`Moved @${name} from v${previous.version} to v${version.version}`, 'success', UNDO);
      },
      reportError,
    );
  };

  return (
    <section className="panel" aria-labelledby="aliases-heading">
      <h3 id="aliases-heading">Aliases</h3>
      {mine.length ? (
        <ul className="ml-chip-row ml-plain-list" aria-label="Aliases of this version">
          {mine.map((a) => (
            <li key={a} className="ml-alias-chip ml-removable">
              @{a}
              <button type="button" className="icon-button ml-small" aria-label={`Remove alias ${a}`} onClick={() => void dropAlias(workspaceId, model, a)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No alias points at this version.</p>
      )}
      <form className="field-row ml-alias-form" onSubmit={submit}>
        <TextField className="grow" label="Alias" value={alias} list={listId} placeholder="e.g. champion" onChange={setAlias} />
        <datalist id={listId}>
          {suggestions.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
        <button type="submit" className="button" disabled={!alias.trim()}>
          Point alias here
        </button>
      </form>
      {elsewhere.length > 0 && (
        <p className="muted ml-small">
          Elsewhere: {elsewhere.map(([a, id]) => `@${a} → v${data.versionById.get(id)?.version ?? '?'}`).join(', ')}
        </p>
      )}
    </section>
  );
}
