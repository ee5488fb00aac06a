import { useId, useMemo } from 'react';
import { buildLineage, lineageKinds, type LineageGraph, type LineageKind, type LineageNode } from '@shared/models';
import { ActionButton } from '../../kernel/actions/ActionButton';
import { EmptyState } from '../../kernel/views/EmptyState';
import type { ModelData } from './model-queries';
import { useModelsStore } from './models-slice';
import { SelectField } from '../../kernel/fields/SelectField';

const kindTitles: Record<LineageKind, string> = { dataset: 'Dataset', experiment: 'Experiment', run: 'Run', version: 'Model version', deployment: 'Deployment' };
const COL_W = 210;
const GAP_X = 56;
const NODE_H = 58;
const GAP_Y = 12;
const HEAD = 28;

const layout: LineageKind[][] = [['experiment', 'dataset'], ['run'], ['version'], ['deployment']];

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** experiment → run → model version → deployment, left to right, with the same paths as text. */
export function LineagePanel({ data }: { data: ModelData }) {
  const modelId = useModelsStore((s) => s.lineageModelId);
  const setModel = useModelsStore((s) => s.setLineageModel);
  const selectVersion = useModelsStore((s) => s.selectVersion);
  const selectId = useId();
  const focus = modelId && data.modelById.has(modelId) ? modelId : null;
  const graph = useMemo(
    () => buildLineage(data, focus ? (data.versionsByModel.get(focus) ?? []).map((v) => v.id) : undefined),
    [data, focus],
  );

  if (!data.versions.length) {
    return (
      <EmptyState title="No lineage to show yet" action={<ActionButton id="models.register" className="button primary" />}>
        <p>Lineage follows each model version back to the run and experiment that produced it and forward to where it is deployed. Register a version to start.</p>
      </EmptyState>
    );
  }
  const openVersion = (node: LineageNode) => {
    const v = data.versionById.get(node.rowId);
    if (!v) return;
    selectVersion(v.modelId, v.id);
    useModelsStore.setState({ tab: 'registry' });
  };

  return (
    <section className="panel" aria-labelledby="lineage-heading">
      <div className="ml-panel-head">
        <h2 id="lineage-heading">Lineage</h2>
        <div className="field-row">
          <label htmlFor={selectId} className="muted ml-small">
            Model
          </label>
          <SelectField id={selectId} value={focus} onChange={setModel} options={[[null, 'All models'], ...data.models.map((m) => [m.id, m.name] as const)]} />
        </div>
      </div>
      <LineageDiagram graph={graph} />
      <h3 id="lineage-paths-heading">Paths</h3>
      <ol className="ml-lineage-paths" aria-labelledby="lineage-paths-heading">
        {graph.paths.map((path, i) => (
          <li key={i}>
            {path.map((node, j) => (
              <span key={node.key} className="ml-lineage-step">
                {j > 0 && <span aria-hidden="true"> → </span>}
                <span className="sr-only">{kindTitles[node.kind]}: </span>
                {node.kind === 'version' ? (
                  <button type="button" className="link-button" onClick={() => openVersion(node)}>
                    {node.label}
                  </button>
                ) : (
                  <span>{node.label}</span>
                )}
                <span className="muted ml-small"> ({node.detail}{node.note ? `; ${node.note}` : ''})</span>
              </span>
            ))}
          </li>
        ))}
      </ol>
    </section>
  );
}

function LineageDiagram({ graph }: { graph: LineageGraph }) {
  const titleId = useId();
  // Inputs share the first column (experiments, then datasets below them), so no edge runs behind a node.
  const stacks = layout.map((kinds) => kinds.flatMap((kind) => graph.columns[kind]));
  const rows = Math.max(1, ...stacks.map((stack) => stack.length));
  const width = layout.length * COL_W + (layout.length - 1) * GAP_X;
  const height = HEAD + rows * (NODE_H + GAP_Y);
  const pos = new Map<string, { x: number; y: number }>();
  stacks.forEach((stack, c) => stack.forEach((node, r) => pos.set(node.key, { x: c * (COL_W + GAP_X), y: HEAD + r * (NODE_H + GAP_Y) })));
  const counts = lineageKinds.map((k) => `${graph.columns[k].length} ${kindTitles[k].toLowerCase()}${graph.columns[k].length === 1 ? '' : 's'}`).join(', ');

  return (
    <div className="ml-lineage-scroll">
      <svg className="ml-lineage" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={titleId}>
        <title id={titleId}>{`Lineage diagram: ${counts}. The paths are listed below.`}</title>
        {layout.map((kinds, c) => (
          <text key={kinds.join()} x={c * (COL_W + GAP_X)} y={16} className="ml-lineage-head">
            {kinds.map((kind) => kindTitles[kind]).join(' · ')}
          </text>
        ))}
        {graph.edges.map((e) => {
          const a = pos.get(e.from);
          const b = pos.get(e.to);
          if (!a || !b) return null;
          const x1 = a.x + COL_W;
          const y1 = a.y + NODE_H / 2;
          const x2 = b.x;
          const y2 = b.y + NODE_H / 2;
          const mid = (x1 + x2) / 2;
          return <path key={`${e.from}>${e.to}`} className="ml-lineage-edge" d={`M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2},${y2}`} />;
        })}
        {lineageKinds.flatMap((kind) =>
          graph.columns[kind].map((node) => {
            const p = pos.get(node.key)!;
            return (
              <g key={node.key} transform={`translate(${p.x},${p.y})`} className={`ml-lineage-node ml-kind-${kind} ml-detail-${node.detail.toLowerCase().replace(/\s+/g, '-')}`}>
                <title>{`${kindTitles[kind]}: ${node.label} (${node.detail}${node.note ? `; ${node.note}` : ''})`}</title>
                <rect width={COL_W} height={NODE_H} rx={8} />
                <rect width={5} height={NODE_H} rx={2} className="ml-lineage-stripe" />
                <text x={14} y={19} className="ml-lineage-label">
                  {clip(node.label, 26)}
                </text>
                <text x={14} y={35} className="ml-lineage-detail">
                  {node.detail}
                </text>
                {node.note && (
                  <text x={14} y={50} className="ml-lineage-detail ml-lineage-note">
                    {clip(node.note, 30)}
                  </text>
                )}
              </g>
            );
          }),
        )}
      </svg>
    </div>
  );
}
