/**
 * The file operations the folder transport needs, over paths relative to the chosen folder
 * ('/'-separated). shared/ cannot touch a disk, so each runtime injects one: node:fs in the
 * desktop's main process (over IPC), the File System Access API in the browser. The transport
 * does not know which one it has.
 */
export interface FolderFs {
  /** Names in a folder; null when the folder does not exist (or cannot be read). */
  list(dir: string): Promise<string[] | null>;
  /** A regular file's size in bytes; null when it does not exist or is not a regular file. */
  size(path: string): Promise<number | null>;
  /** A file's text; null when it does not exist. Callers check `size` first against their cap. */
  read(path: string): Promise<string | null>;
  /** Creates or replaces a file and flushes it to the disk before resolving. */
  write(path: string, text: string): Promise<void>;
  /** Renames a file, replacing the target if it exists. */
  rename(from: string, to: string): Promise<void>;
  /** Removes a file; a missing file is not an error. */
  remove(path: string): Promise<void>;
  /** Creates a folder and its parents; an existing folder is not an error. */
  mkdir(dir: string): Promise<void>;
}

/** SHA-256 of a string's UTF-8 bytes, as 64 lowercase hex digits (WebCrypto or node:crypto). */
export type Sha256 = (text: string) => Promise<string>;
