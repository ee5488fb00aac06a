import type { Deployment } from '@shared/domain';
import { pipelineColumns, versionName } from '@shared/models';
import { ActionButton } from '../../../kernel/actions/ActionButton';
import { EmptyState } from '../../../kernel/views/EmptyState';
import { getPlatform } from '../../../platform';
import type { ModelData } from '../model-queries';
import { StageBadge } from '../StageBadge';
import { deleteDeployment, deploymentLabel } from './deployment-commands';
import { deploymentDialog } from './DeploymentDialog';
import { pushDialog } from '../../../kernel/dialogs/dialog-stack';
import { UNDO, toast } from '../../../kernel/feedback/toast';

export const statusClass = (status: string) => `ml-badge ml-status-${status.replace(/\s+/g, '-')}`;

function PipelineLink({ d }: { d: Deployment }) {
  if (!d.pipelineUrl) return d.pipelineStatus === 'unknown' ? null : <span className={`ml-badge ml-pipeline-${d.pipelineStatus}`}>CI/CD {d.pipelineStatus}</span>;
  return (
    <a
      href={d.pipelineUrl}
      className={`ml-badge ml-pipeline-${d.pipelineStatus}`}
      onClick={(e) => {
        e.preventDefault();
        void getPlatform().openExternal(d.pipelineUrl);
      }}
    >
      CI/CD {d.pipelineStatus} <span aria-hidden="true">↗</span>
    </a>
  );
}

/** Which version runs where: environments as columns, then every deployment in a table. */
export function DeploymentsPanel({ data, workspaceId }: { data: ModelData; workspaceId: string }) {
  if (!data.deployments.length) {
    return (
      <EmptyState
        title="No deployments recorded yet"
        action={data.versions.length ? <ActionButton id="deployments.new" className="button primary" /> : <ActionButton id="models.register" className="button primary" />}
      >
        <p>
          {data.versions.length
            ? 'Record where each model version is deployed — environment, serving target, endpoint and its CI/CD pipeline — to see at a glance which version runs where.'
            : 'Register a model version first; then record where it is deployed.'}
        </p>
      </EmptyState>
    );
  }
  const columns = pipelineColumns(data.deployments);
  const sorted = [...data.deployments].sort((a, b) => (b.date ?? b.createdAt).localeCompare(a.date ?? a.createdAt));
  const nameOf = (d: Deployment) => {
    const version = data.versionById.get(d.modelVersionId);
    const model = version && data.modelById.get(version.modelId);
    return model && version ? versionName(model, version) : 'Unknown version';
  };

  return (
    <>
      <section className="panel" aria-labelledby="pipeline-heading">
        <div className="ml-panel-head">
          <h2 id="pipeline-heading">Pipeline</h2>
          <ActionButton id="deployments.new" className="button primary" />
        </div>
        <ol className="ml-pipeline" aria-label="Environments">
          {columns.map((col) => (
            <li key={col.environment} className="ml-pipeline-column">
              <h3>{col.environment}</h3>
              {col.live ? (
                <div className="ml-pipeline-card" aria-label={`Live in ${col.environment}: ${nameOf(col.live)}`}>
                  <span className={statusClass('live')}>live</span>
                  <strong className="ml-pipeline-version">{nameOf(col.live)}</strong>
                  {(() => {
                    const v = data.versionById.get(col.live.modelVersionId);
                    return v ? <StageBadge stage={v.stage} /> : null;
                  })()}
                  <span className="muted ml-small">
                    {col.live.target}
                    {col.live.date ? ` · since ${col.live.date}` : ''}
                  </span>
                  {col.live.endpoint && <code className="ml-endpoint">{col.live.endpoint}</code>}
                  <PipelineLink d={col.live} />
                </div>
              ) : (
                <p className="ml-pipeline-empty muted">Nothing live</p>
              )}
              {col.others.length > 0 && (
                <ul className="ml-pipeline-others ml-plain-list" aria-label={`Other deployments in ${col.environment}`}>
                  {col.others.map((d) => (
                    <li key={d.id}>
                      <span className={statusClass(d.status)}>{d.status}</span> {nameOf(d)}
                      {d.date && <span className="muted ml-small"> · {d.date}</span>}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      </section>
      <section className="panel" aria-labelledby="deployments-heading">
        <h2 id="deployments-heading">All deployments</h2>
        <table className="ml-data-table">
          <thead>
            <tr>
              <th scope="col">Model version</th>
              <th scope="col">Environment</th>
              <th scope="col">Target</th>
              <th scope="col">Endpoint</th>
              <th scope="col">Status</th>
              <th scope="col">CI/CD</th>
              <th scope="col">Date</th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((d) => {
              const label = deploymentLabel(data, d);
              return (
                <tr key={d.id}>
                  <th scope="row">{nameOf(d)}</th>
                  <td>{d.environment}</td>
                  <td>{d.target}</td>
                  <td className="ml-wrap">{d.endpoint ? <code className="ml-endpoint">{d.endpoint}</code> : <span className="muted">—</span>}</td>
                  <td>
                    <span className={statusClass(d.status)}>{d.status}</span>
                  </td>
                  <td>
                    <PipelineLink d={d} />
                  </td>
                  <td>{d.date ?? <span className="muted">—</span>}</td>
                  <td className="ml-row-actions">
                    <button type="button" className="button ghost" onClick={() => pushDialog(deploymentDialog, { workspaceId, id: d.id })}>
                      Edit<span className="sr-only"> deployment of {label}</span>
                    </button>
                    <button
                      type="button"
                      className="button ghost"
                      onClick={() =>
                        void deleteDeployment(workspaceId, d, label).then(() => toast(`Deleted deployment of ${label}`, 'info', UNDO))
                      }
                    >
                      Delete<span className="sr-only"> deployment of {label}</span>
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
    </>
  );
}
