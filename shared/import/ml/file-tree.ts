/**
 * A read-only view of a folder, so parsers never touch node:fs: the CLI wraps the disk,
 * the renderer wraps the files of a folder picker. Paths are relative, '/'-separated, '' is the root.
 */
export interface FileTree {
  /** Entries directly inside `dir`; [] when it does not exist. */
  list(dir: string): Promise<FileTreeEntry[]>;
  /** The file's text; rejects when it cannot be read. */
  read(path: string): Promise<string>;
  exists(path: string): Promise<boolean>;
}

export interface FileTreeEntry {
  name: string;
  isDir: boolean;
}

export interface FlatFile {
  relativePath: string;
  content: string;
}

export const joinPath = (...parts: string[]): string => parts.filter((part) => part !== '').join('/');

/** A FileTree over a flat list of files (what a folder picker yields). Folders are implied by paths. */
export function memoryFileTree(files: FlatFile[], options: { stripTopFolder?: boolean } = {}): FileTree {
  const contents = new Map<string, string>();
  const children = new Map<string, Map<string, boolean>>();
  const addChild = (dir: string, name: string, isDir: boolean) => {
    let entries = children.get(dir);
    if (!entries) children.set(dir, (entries = new Map()));
    if (!entries.get(name)) entries.set(name, isDir);
  };
  for (const file of files) {
    let parts = file.relativePath.replace(/\\/g, '/').split('/').filter((part) => part !== '' && part !== '.');
    // A folder picker names files "<picked folder>/…"; the picked folder is the root.
    if (options.stripTopFolder) parts = parts.slice(1);
    if (parts.length === 0) continue;
    contents.set(parts.join('/'), file.content);
    for (let i = 0; i < parts.length; i++) addChild(parts.slice(0, i).join('/'), parts[i], i < parts.length - 1);
  }
  return {
    async list(dir) {
      return [...(children.get(dir) ?? new Map<string, boolean>())].map(([name, isDir]) => ({ name, isDir }));
    },
    async read(path) {
      const content = contents.get(path);
      if (content === undefined) throw new Error(`${path}: no such file`);
      return content;
    },
    async exists(path) {
      return path === '' ? children.size > 0 : contents.has(path) || children.has(path);
    },
  };
}
