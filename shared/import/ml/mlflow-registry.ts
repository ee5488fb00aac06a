import { modelStages } from '../../domain/models';
import { joinPath, type FileTree } from './file-tree';
import { readKeyedFiles, readYamlMap, sortKeys, text } from './read-helpers';
import { isoFromMillis, type ImportProblem, type MlModel, type MlModelVersion } from './result';

const DELETED_STAGE = 'deleted_internal';

/** MLflow's stage names, matched without regard to case ("production" -> "Production"). */
export function normaliseStage(value: unknown): string {
  const raw = text(value) ?? 'None';
  return modelStages.find((stage) => stage.toLowerCase() === raw.toLowerCase()) ?? raw;
}

/**
 * The model registry of a file store: `models/<name>/meta.yaml`, `version-<n>/meta.yaml`, and the
 * aliases MLflow keeps as files `models/<name>/aliases/<alias>` holding a version number.
 * `loggedModelRuns` resolves MLflow 3 versions whose source is a logged model (`models:/m-…`).
 */
export async function parseMlflowRegistry(
  tree: FileTree, dir: string, problems: ImportProblem[], loggedModelRuns: Map<string, string | null> = new Map(),
): Promise<MlModel[]> {
  const models: MlModel[] = [];
  for (const entry of (await tree.list(dir)).filter((e) => e.isDir).sort((a, b) => a.name.localeCompare(b.name))) {
    const modelDir = joinPath(dir, entry.name);
    const metaPath = joinPath(modelDir, 'meta.yaml');
    if (!(await tree.exists(metaPath))) {
      problems.push({ path: modelDir, line: null, message: 'skipped folder: no meta.yaml, so not a registered model' });
      continue;
    }
    const meta = await readYamlMap(tree, metaPath, problems);
    if (!meta) {
      problems.push({ path: modelDir, line: null, message: 'skipped registered model: its meta.yaml cannot be read' });
      continue;
    }
    const versions: MlModelVersion[] = [];
    for (const child of await tree.list(modelDir)) {
      if (!child.isDir || !child.name.startsWith('version-')) continue;
      const version = await parseVersion(tree, joinPath(modelDir, child.name), problems, loggedModelRuns);
      if (version) versions.push(version);
    }
    versions.sort((a, b) => Number(a.version) - Number(b.version) || a.version.localeCompare(b.version));
    const aliases = { ...aliasesFromMeta(meta.aliases), ...(await readKeyedFiles(tree, joinPath(modelDir, 'aliases'), problems)) };
    for (const alias of Object.keys(aliases)) aliases[alias] = aliases[alias].trim();
    models.push({
      name: text(meta.name) ?? entry.name,
      aliases: sortKeys(aliases),
      tags: await readKeyedFiles(tree, joinPath(modelDir, 'tags'), problems),
      versions,
    });
  }
  return models;
}

/** Some writers put aliases in meta.yaml too: as a mapping, or a list of {alias, version}. */
function aliasesFromMeta(value: unknown): Record<string, string> {
  const aliases: Record<string, string> = {};
  if (Array.isArray(value)) {
    for (const item of value) {
      const record = item as Record<string, unknown> | null;
      const alias = text(record?.alias);
      const version = text(record?.version);
      if (alias && version) aliases[alias] = version;
    }
  } else if (value && typeof value === 'object') {
    for (const [alias, version] of Object.entries(value)) if (text(version)) aliases[alias] = text(version) as string;
  }
  return aliases;
}

async function parseVersion(
  tree: FileTree, dir: string, problems: ImportProblem[], loggedModelRuns: Map<string, string | null>,
): Promise<MlModelVersion | null> {
  const metaPath = joinPath(dir, 'meta.yaml');
  if (!(await tree.exists(metaPath))) {
    problems.push({ path: dir, line: null, message: 'skipped model version: no meta.yaml' });
    return null;
  }
  const meta = await readYamlMap(tree, metaPath, problems);
  if (!meta) {
    problems.push({ path: dir, line: null, message: 'skipped model version: its meta.yaml cannot be read' });
    return null;
  }
  // MLflow marks a deleted version with this stage instead of removing its folder.
  if (String(meta.current_stage ?? '').toLowerCase() === DELETED_STAGE) return null;
  const source = text(meta.source);
  let runId = text(meta.run_id) || null;
  if (!runId) {
    const modelId = text(meta.model_id) ?? /^models:\/(m-[^/]+)/.exec(source ?? '')?.[1] ?? null;
    if (modelId) runId = loggedModelRuns.get(modelId) ?? null;
  }
  return {
    version: text(meta.version) ?? dir.slice(dir.lastIndexOf('version-') + 'version-'.length),
    stage: normaliseStage(meta.current_stage),
    runId,
    status: text(meta.status) ?? 'READY',
    source,
    creationTime: isoFromMillis(meta.creation_timestamp),
  };
}
