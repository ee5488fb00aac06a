import { parse as parseYaml } from 'yaml';
import { joinPath, type FileTree } from './file-tree';
import type { ImportProblem } from './result';

export type YamlMap = Record<string, unknown>;

/** Read and parse a YAML mapping; a broken file becomes a problem (with its line) and null. */
export async function readYamlMap(tree: FileTree, path: string, problems: ImportProblem[]): Promise<YamlMap | null> {
  let text: string;
  try {
    text = await tree.read(path);
  } catch (error) {
    problems.push({ path, line: null, message: `cannot read: ${(error as Error).message}` });
    return null;
  }
  return parseYamlMap(text, path, problems);
}

export function parseYamlMap(text: string, path: string, problems: ImportProblem[]): YamlMap | null {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line ?? null;
    const message = (error as Error).message.split('\n')[0];
    problems.push({ path, line, message: `broken YAML: ${message}` });
    return null;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    problems.push({ path, line: null, message: 'expected a YAML mapping of fields' });
    return null;
  }
  return data as YamlMap;
}

export const text = (value: unknown): string | null =>
  typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'bigint' ? String(value) : null;

/**
 * Files under `dir` keyed by their path below it: MLflow stores a key "a/b" as the file a/b,
 * so params, tags and metrics can sit in nested folders.
 */
export async function listKeyedFiles(tree: FileTree, dir: string): Promise<{ key: string; path: string }[]> {
  const found: { key: string; path: string }[] = [];
  const walk = async (relative: string) => {
    for (const entry of await tree.list(joinPath(dir, relative))) {
      const key = joinPath(relative, entry.name);
      if (entry.isDir) await walk(key);
      else found.push({ key, path: joinPath(dir, key) });
    }
  };
  await walk('');
  return found.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Key -> file content for a params/ or tags/ folder. */
export async function readKeyedFiles(tree: FileTree, dir: string, problems: ImportProblem[]): Promise<Record<string, string>> {
  const values: Record<string, string> = {};
  await Promise.all(
    (await listKeyedFiles(tree, dir)).map(async ({ key, path }) => {
      try {
        values[key] = await tree.read(path);
      } catch (error) {
        problems.push({ path, line: null, message: `cannot read: ${(error as Error).message}` });
      }
    }),
  );
  return sortKeys(values);
}

export const sortKeys = <T>(record: Record<string, T>): Record<string, T> =>
  Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/** Run `fn` over items with at most `limit` in flight, keeping the input order in the output. */
export async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
