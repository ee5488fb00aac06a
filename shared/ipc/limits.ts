/** Size caps shared by the main process and the browser fallback, so both refuse the same input. */
export const ipcLimits = {
  /** A backup or export written through saveFile (characters). */
  maxSaveChars: 256 * 1024 * 1024,
  /** A single file opened with openFile (bytes). */
  maxOpenFileBytes: 128 * 1024 * 1024,
  /** HTML handed to printToPdf (characters). */
  maxPrintHtmlChars: 32 * 1024 * 1024,
  /** Request body sent through httpRequest (characters). */
  maxHttpRequestChars: 16 * 1024 * 1024,
  /** Response body returned by httpRequest (bytes); larger answers are refused, not truncated. */
  maxHttpResponseBytes: 64 * 1024 * 1024,
  /** httpRequest gives up after this long. */
  httpTimeoutMs: 30_000,
  /** Actions the renderer may put in the native menu. */
  maxMenuActions: 500,
} as const;

/** Caps for reading an mlruns/ or wandb/ folder: metadata is small, artifacts are not wanted. */
export const folderLimits = {
  maxFileBytes: 8 * 1024 * 1024,
  maxTotalBytes: 256 * 1024 * 1024,
  maxFiles: 50_000,
  /** How many skipped paths are listed back (the count is always exact). */
  maxSkippedListed: 200,
} as const;
