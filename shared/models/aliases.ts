import type { Model } from '../domain/models';

/** MLflow's alias rules: letters, digits, "_" and "-"; not "latest" and not a version-like "v3". */
export function checkAlias(alias: string): string | null {
  const name = alias.trim();
  if (!name) return 'An alias needs a name';
  if (name.length > 255) return 'An alias is at most 255 characters';
  if (!/^[\w-]+$/.test(name)) return `"${name}" may only use letters, digits, "_" and "-"`;
  if (name.toLowerCase() === 'latest') return '"latest" is reserved by MLflow';
  if (/^v\d+$/i.test(name)) return `"${name}" looks like a version number; choose another name`;
  return null;
}

/** The aliases of one version, sorted. */
export const aliasesOf = (model: Pick<Model, 'aliases'>, versionId: string): string[] =>
  Object.entries(model.aliases)
    .filter(([, id]) => id === versionId)
    .map(([alias]) => alias)
    .sort();

/**
 * Point an alias at a version. An alias names exactly one version, so a move is one change
 * to the model's alias map (and undoes as one step).
 */
export function moveAlias(
  model: Pick<Model, 'aliases'>,
  alias: string,
  versionId: string,
): { ok: true; aliases: Record<string, string>; from: string | null } | { ok: false; message: string } {
  const problem = checkAlias(alias);
  if (problem) return { ok: false, message: problem };
  const name = alias.trim();
  const from = model.aliases[name] ?? null;
  if (from === versionId) return { ok: false, message: `"${name}" already points at this version` };
  return { ok: true, aliases: { ...model.aliases, [name]: versionId }, from };
}

export function removeAlias(model: Pick<Model, 'aliases'>, alias: string): Record<string, string> {
  const next = { ...model.aliases };
  delete next[alias];
  return next;
}

/** Aliases teams commonly use, offered as suggestions. */
export const suggestedAliases = ['champion', 'challenger', 'baseline', 'shadow'];
