import { datasetUsage, versionName, runLabel, datasetName } from '@shared/models';
import { ActionButton } from '../../../kernel/actions/ActionButton';
import { EmptyState } from '../../../kernel/views/EmptyState';
import { type ModelData } from '../model-queries';
import { useModelsStore } from '../models-slice';
import { deleteDataset } from './dataset-commands';
import { datasetDialog } from './DatasetDialog';
import { pushDialog } from '../../../kernel/dialogs/dialog-stack';
import { UNDO, toast } from '../../../kernel/feedback/toast';

const formatRows = (n: number | null) => (n === null ? '—' : n.toLocaleString('en-US'));

/** Dataset versions and what uses them (runs trained on them, model versions built from them). */
export function DatasetsPanel({ data, workspaceId }: { data: ModelData; workspaceId: string }) {
  const selectVersion = useModelsStore((s) => s.selectVersion);
  if (!data.datasets.length) {
    return (
      <EmptyState title="No dataset versions yet" action={<ActionButton id="datasets.new" className="button primary" />}>
        <p>Record each version of the data you train and evaluate on — its source or hash, size and schema — so runs and models say exactly what they learnt from.</p>
      </EmptyState>
    );
  }
  return (
    <section className="panel" aria-labelledby="datasets-heading">
      <div className="ml-panel-head">
        <h2 id="datasets-heading">Dataset versions</h2>
        <ActionButton id="datasets.new" className="button primary" />
      </div>
      <table className="ml-data-table">
        <thead>
          <tr>
            <th scope="col">Dataset</th>
            <th scope="col">Source or hash</th>
            <th scope="col" className="ml-num">
              Rows
            </th>
            <th scope="col">Schema notes</th>
            <th scope="col">Used by</th>
            <th scope="col">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {data.datasets.map((d) => {
            const usage = datasetUsage(d.id, data.runs, data.versions);
            const name = datasetName(d);
            return (
              <tr key={d.id}>
                <th scope="row">
                  {d.name} <span className="ml-version-tag">v{d.version}</span>
                </th>
                <td className="ml-wrap">
                  {d.source && <div>{d.source}</div>}
                  {d.hash && <code className="ml-hash">{d.hash}</code>}
                  {!d.source && !d.hash && <span className="muted">—</span>}
                </td>
                <td className="ml-num">{formatRows(d.rowCount)}</td>
                <td className="ml-wrap ml-notes">{d.schemaNotes || <span className="muted">—</span>}</td>
                <td className="ml-wrap">
                  {usage.runs.length + usage.versions.length === 0 ? (
                    <span className="muted">Nothing yet</span>
                  ) : (
                    <ul className="used-by ml-plain-list" aria-label={`Used by (${name})`}>
                      {usage.versions.map((v) => {
                        const model = data.modelById.get(v.modelId);
                        return (
                          <li key={v.id}>
                            <button
                              type="button"
                              className="link-button"
                              onClick={() => {
                                selectVersion(v.modelId, v.id);
                                useModelsStore.setState({ tab: 'registry' });
                              }}
                            >
                              {model ? versionName(model, v) : `version ${v.version}`}
                            </button>
                          </li>
                        );
                      })}
                      {usage.runs.length > 0 && (
                        <li className="muted">
                          {usage.runs.length <= 3 ? `Run${usage.runs.length === 1 ? '' : 's'} ${usage.runs.map(runLabel).join(', ')}` : `${usage.runs.length} runs`}
                        </li>
                      )}
                    </ul>
                  )}
                </td>
                <td className="ml-row-actions">
                  <button type="button" className="button ghost" onClick={() => pushDialog(datasetDialog, { workspaceId, id: d.id })}>
                    Edit<span className="sr-only"> {name}</span>
                  </button>
                  <button
                    type="button"
                    className="button ghost"
                    onClick={() =>
                      void deleteDataset(workspaceId, d).then(() => toast(`Deleted dataset ${name}`, 'info', UNDO))
                    }
                  >
                    Delete<span className="sr-only"> {name}</span>
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
