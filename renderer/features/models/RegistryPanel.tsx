import { useState } from 'react';
import type { Model } from '@shared/domain';
import { aliasesOf, parseTemplate, datasetName, runLabel, registeredOn, versionProvenance } from '@shared/models';
import { ActionButton } from '../../kernel/actions/ActionButton';
import { EmptyState } from '../../kernel/views/EmptyState';
import { saveChecklistTemplate } from './model-commands';
import { type ModelData } from './model-queries';
import { useModelsStore } from './models-slice';
import { AliasChip, StageBadge } from './StageBadge';
import { VersionDetail } from './VersionDetail';
import { registerVersionDialog } from './RegisterVersionDialog';
import { pushDialog } from '../../kernel/dialogs/dialog-stack';
import { reportError, toast } from '../../kernel/feedback/toast';

export function RegistryPanel({ data, workspaceId }: { data: ModelData; workspaceId: string }) {
  const modelId = useModelsStore((s) => s.modelId);
  const versionId = useModelsStore((s) => s.versionId);
  const selectModel = useModelsStore((s) => s.selectModel);
  const model = (modelId && data.modelById.get(modelId)) || data.models[0];
  const version = versionId ? data.versionById.get(versionId) : undefined;

  if (!data.models.length) {
    return (
      <EmptyState title="No models registered yet" action={<ActionButton id="models.register" className="button primary" />}>
        <p>Register a model version from a run (or by hand) to track its stage, aliases, promotion checklist and deployments.</p>
      </EmptyState>
    );
  }
  return (
    <div className="ml-registry">
      <nav aria-label="Models" className="ml-model-list panel">
        <div className="ml-model-list-head">
          <h2>Models</h2>
          <ActionButton id="models.register" className="button">
            + Register
          </ActionButton>
        </div>
        <ul>
          {data.models.map((m) => {
            const versions = data.versionsByModel.get(m.id) ?? [];
            const prod = versions.find((v) => v.stage === 'Production');
            return (
              <li key={m.id}>
                <button
                  type="button"
                  className={m.id === model.id ? 'ml-model-link ml-active' : 'ml-model-link'}
                  aria-current={m.id === model.id ? 'true' : undefined}
                  onClick={() => selectModel(m.id)}
                >
                  <span className="ml-model-link-name">{m.name}</span>
                  <span className="muted ml-small">
                    {versions.length} version{versions.length === 1 ? '' : 's'}
                    {prod ? ` · v${prod.version} in Production` : ''}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      </nav>
      <div className="ml-registry-detail">
        {version && version.modelId === model.id ? (
          <VersionDetail data={data} workspaceId={workspaceId} model={model} version={version} />
        ) : (
          <ModelDetail data={data} workspaceId={workspaceId} model={model} />
        )}
      </div>
    </div>
  );
}

function ModelDetail({ data, workspaceId, model }: { data: ModelData; workspaceId: string; model: Model }) {
  const selectVersion = useModelsStore((s) => s.selectVersion);
  const versions = data.versionsByModel.get(model.id) ?? [];
  return (
    <>
      <section className="panel" aria-labelledby="model-heading">
        <div className="ml-panel-head">
          <h2 id="model-heading">{model.name}</h2>
          <button type="button" className="button primary" onClick={() => pushDialog(registerVersionDialog, { workspaceId, modelId: model.id })}>
            Register version of {model.name}…
          </button>
        </div>
        {versions.length ? (
          <table className="ml-data-table">
            <caption className="sr-only">Versions of {model.name}</caption>
            <thead>
              <tr>
                <th scope="col">Version</th>
                <th scope="col">Stage</th>
                <th scope="col">Aliases</th>
                <th scope="col">Source run</th>
                <th scope="col">Dataset</th>
                <th scope="col">Registered</th>
              </tr>
            </thead>
            <tbody>
              {versions.map((v) => {
                const run = v.runId ? data.runById.get(v.runId) : undefined;
                const dataset = v.datasetVersionId ? data.datasetById.get(v.datasetVersionId) : undefined;
                return (
                  <tr key={v.id}>
                    <th scope="row">
                      <button type="button" className="link-button" onClick={() => selectVersion(model.id, v.id)}>
                        Version {v.version}
                      </button>
                    </th>
                    <td>
                      <StageBadge stage={v.stage} />
                    </td>
                    <td>
                      <span className="ml-chip-row">
                        {aliasesOf(model, v.id).map((a) => (
                          <AliasChip key={a} alias={a} />
                        ))}
                      </span>
                    </td>
                    <td>{run ? runLabel(run) : <span className="muted">{versionProvenance(v)}</span>}</td>
                    <td>{dataset ? datasetName(dataset) : <span className="muted">—</span>}</td>
                    <td>{registeredOn(v)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        ) : (
          <p className="muted">No versions yet. Register the first one from a run or by hand.</p>
        )}
      </section>
      <ChecklistTemplate key={model.id} workspaceId={workspaceId} model={model} />
    </>
  );
}

function ChecklistTemplate({ workspaceId, model }: { workspaceId: string; model: Model }) {
  const [text, setText] = useState(model.checklistTemplate.join('\n'));
  const parsed = parseTemplate(text);
  const changed = parsed.join('\n') !== model.checklistTemplate.join('\n');
  return (
    <section className="panel" aria-labelledby="template-heading">
      <h2 id="template-heading">Promotion checklist</h2>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          saveChecklistTemplate(workspaceId, model, parsed).then(
            () => toast(`Saved the checklist of ${model.name}`, 'success'),
            reportError,
          );
        }}
      >
        <label className="field">
          <span>Points every version of {model.name} must clear before Production (one a line)</span>
          <textarea value={text} rows={Math.max(4, parsed.length + 1)} onChange={(e) => setText(e.target.value)} />
        </label>
        <div className="button-row">
          <button type="submit" className="button" disabled={!changed}>
            Save checklist
          </button>
          {!parsed.length && <span className="muted">An empty checklist lets versions go to Production without questions.</span>}
        </div>
      </form>
    </section>
  );
}
