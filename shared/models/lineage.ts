import type { Experiment, Run } from '../domain/experiments';
import type { Deployment, Model, ModelVersion } from '../domain/models';
import { runLabel } from './names';

export const lineageKinds = ['experiment', 'run', 'version', 'deployment'] as const;
export type LineageKind = (typeof lineageKinds)[number];

export interface LineageNode {
  /** `${kind}:${rowId}` */
  key: string;
  kind: LineageKind;
  rowId: string;
  label: string;
  detail: string;
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
  versions: readonly Pick<ModelVersion, 'id' | 'modelId' | 'version' | 'stage' | 'runId'>[];
  deployments: readonly Pick<Deployment, 'id' | 'modelVersionId' | 'environment' | 'status'>[];
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
  const columns: LineageGraph['columns'] = { experiment: [], run: [], version: [], deployment: [] };
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
    if (experiment) chain.push(add({ key: k('experiment', experiment.id), kind: 'experiment', rowId: experiment.id, label: experiment.title, detail: experiment.status }));
    if (run) chain.push(add({ key: k('run', run.id), kind: 'run', rowId: run.id, label: runLabel(run), detail: run.status }));
    const node = add({ key: k('version', v.id), kind: 'version', rowId: v.id, label: `${model.name} v${v.version}`, detail: v.stage });
    chain.push(node);
    for (let i = 1; i < chain.length; i++) link(chain[i - 1], chain[i]);
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
