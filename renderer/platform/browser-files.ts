import {
  decodeText,
  ipcLimits,
  planFolderRead,
  noteSkipped,
  type FileFilter,
  type OpenFileResult,
  type OpenFolderResult,
} from '@shared/ipc';

/** Shows the browser's file picker; resolves with the chosen files, or null when cancelled. */
export function pickFiles(doc: Document, setup: (input: HTMLInputElement) => void): Promise<File[] | null> {
  return new Promise((resolve) => {
    const input = doc.createElement('input');
    input.type = 'file';
    input.style.display = 'none';
    setup(input);
    const finish = (files: File[] | null): void => {
      input.remove();
      resolve(files);
    };
    input.addEventListener('change', () => finish(input.files && input.files.length > 0 ? [...input.files] : null));
    input.addEventListener('cancel', () => finish(null));
    doc.body.append(input);
    input.click();
  });
}

export function acceptFor(filters: readonly FileFilter[]): string {
  const extensions = filters.flatMap((filter) => filter.extensions).filter((ext) => ext !== '*');
  return extensions.map((ext) => `.${ext}`).join(',');
}

const strictUtf8 = (): TextDecoder => new TextDecoder('utf-8', { fatal: true });

export async function readTextFile(file: File): Promise<NonNullable<OpenFileResult>> {
  if (file.size > ipcLimits.maxOpenFileBytes) {
    throw new Error(`${file.name} is larger than the ${Math.round(ipcLimits.maxOpenFileBytes / 2 ** 20)} MB limit`);
  }
  const content = decodeText(new Uint8Array(await file.arrayBuffer()), strictUtf8());
  if (content === null) throw new Error(`${file.name} is not a UTF-8 text file`);
  return { name: file.name, content };
}

/**
 * Turns the files of an <input webkitdirectory> pick into the same result the desktop gives:
 * paths relative to the chosen folder, artifacts, binaries and oversized files skipped.
 */
export async function readFolderFiles(files: readonly File[]): Promise<OpenFolderResult> {
  if (files.length === 0) return null;
  const folder = files[0].webkitRelativePath.split('/')[0] ?? '';
  const entries = files.map((file) => ({
    file,
    size: file.size,
    relativePath: file.webkitRelativePath.split('/').slice(1).join('/') || file.name,
  }));
  const plan = planFolderRead(entries);
  const result: NonNullable<OpenFolderResult> = { path: folder, files: [], skipped: plan.skipped, skippedCount: plan.skippedCount };
  for (const entry of plan.toRead) {
    const content = decodeText(new Uint8Array(await entry.file.arrayBuffer()), strictUtf8());
    if (content === null) noteSkipped(result, entry.relativePath, 'binary');
    else result.files.push({ relativePath: entry.relativePath, content });
  }
  return result;
}

/** Offers text as a download, the browser's stand-in for a save dialog. */
export function downloadText(doc: Document, name: string, content: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled, or some browsers cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
