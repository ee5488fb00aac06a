import type { DatasetVersion, Experiment, Run } from '../domain/experiments';
import type { Deployment, Model, ModelVersion } from '../domain/models';
import { datasetName, runLabel, versionName } from './names';
import { versionProvenance } from './provenance';

export const lineageKinds = ['dataset', 'experiment', 'run', 'version', 'deployment'] as const;
export type LineageKind = (typeof lineageKinds)[number];

export interface LineageNode {
  /** `${kind}:${rowId}` */
  key: string;
  kind: LineageKind;
  rowId: string;
  label: string;
  detail: string;
  /** Where the row came from when the graph cannot show it, e.g. "imported from MLflow, no run recorded". */
  note?: string;
}

export interface LineageEdge {
  from: string;
  to: string;
}

export interface LineageGraph {
  /** One column per kind, left to right. */
  columns: Record<LineageKind, LineageNode[]>;
  edges: LineageEdge[];
  /** Each full path through the graph, for a textual reading of the diagram. */
  paths: LineageNode[][];
}

export interface LineageInput {
  experiments: readonly Pick<Experiment, 'id' | 'title' | 'status'>[];
  runs: readonly Pick<Run, 'id' | 'name' | 'experimentId' | 'status'>[];
  models: readonly Pick<Model, 'id' | 'name'>[];
  versions: readonly (Pick<ModelVersion, 'id' | 'modelId' | 'version' | 'stage' | 'runId'> & Partial<Pick<ModelVersion, 'datasetVersionId' | 'sourceRef'>>)[];
  deployments: readonly Pick<Deployment, 'id' | 'modelVersionId' | 'environment' | 'status'>[];
  datasets?: readonly Pick<DatasetVersion, 'id' | 'name' | 'version' | 'rowCount'>[];
}

const k = (kind: LineageKind, id: string) => `${kind}:${id}`;

/**
 * experiment -> run -> model version -> deployment for the chosen model versions (all when
 * versionIds is omitted). Links to rows that no longer exist are left out, not drawn dangling.
 */
export function buildLineage(input: LineageInput, versionIds?: readonly string[]): LineageGraph {
  const wanted = versionIds ? new Set(versionIds) : null;
  const models = new Map(input.models.map((m) => [m.id, m]));
  const runs = new Map(input.runs.map((r) => [r.id, r]));
  const experiments = new Map(input.experiments.map((e) => [e.id, e]));
  const datasets = new Map((input.datasets ?? []).map((d) => [d.id, d]));
  const columns: LineageGraph['columns'] = { dataset: [], experiment: [], run: [], version: [], deployment: [] };
  const seen = new Set<string>();
  const edges: LineageEdge[] = [];
  const paths: LineageNode[][] = [];
  const add = (node: LineageNode) => {
    if (!seen.has(node.key)) columns[node.kind].push(node);
    seen.add(node.key);
    return node;
  };
  const edgeSeen = new Set<string>();
  const link = (from: LineageNode, to: LineageNode) => {
    const id = `${from.key}>${to.key}`;
    if (!edgeSeen.has(id)) edges.push({ from: from.key, to: to.key });
    edgeSeen.add(id);
  };

  const versions = input.versions.filter((v) => (!wanted || wanted.has(v.id)) && models.has(v.modelId));
  for (const v of versions) {
    const model = models.get(v.modelId)!;
    const chain: LineageNode[] = [];
    const run = v.runId ? runs.get(v.runId) : undefined;
    const experiment = run?.experimentId ? experiments.get(run.experimentId) : undefined;
    const dataset = v.datasetVersionId ? datasets.get(v.datasetVersionId) : undefined;
    const datasetNode = dataset
      ? add({ key: k('dataset', dataset.id), kind: 'dataset', rowId: dataset.id, label: datasetName(dataset), detail: dataset.rowCount === null ? 'dataset' : `${dataset.rowCount.toLocaleString('en')} rows` })
      : null;
    if (datasetNode) chain.push(datasetNode);
    if (experiment) chain.push(add({ key: k('experiment', experiment.id), kind: 'experiment', rowId: experiment.id, label: experiment.title, detail: experiment.status }));
    const runNode = run ? add({ key: k('run', run.id), kind: 'run', rowId: run.id, label: runLabel(run), detail: run.status }) : null;
    if (runNode) chain.push(runNode);
    const node = add({ key: k('version', v.id), kind: 'version', rowId: v.id, label: versionName(model, v), detail: v.stage, note: run ? undefined : versionProvenance(v) });
    chain.push(node);
    // Edges draw what feeds what: experiment → run → version; the dataset the version was registered with
    // feeds the run that trained it (or the version itself when there is no run).
    if (experiment && runNode) link(chain[chain.indexOf(runNode) - 1], runNode);
    if (runNode) link(runNode, node);
    if (datasetNode) link(datasetNode, runNode ?? node);
    const deployments = input.deployments.filter((d) => d.modelVersionId === v.id);
    for (const d of deployments) {
      const dn = add({ key: k('deployment', d.id), kind: 'deployment', rowId: d.id, label: d.environment, detail: d.status });
      link(node, dn);
      paths.push([...chain, dn]);
    }
    if (!deployments.length) paths.push(chain);
  }
  return { columns, edges, paths };
}
