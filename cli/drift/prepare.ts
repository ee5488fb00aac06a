// Reading one drift input: the file (or standard input), parsed and prepared (missing values
// dropped, numbers sorted). Runs in the main thread or in the drift worker alike.
import { DatasetError } from '@shared/monitoring/column-store';
import { readCsvBytes } from '@shared/monitoring/csv-columns';
import { prepareDataset, type PreparedDataset } from '@shared/monitoring/drift';
import { CliError } from '../cli-error';
import { inputName, readInputFile } from '../files/input-file';

export interface PrepareRequest {
  sprintlabDriftPrepare: true;
  path: string;
  columns?: string[];
}

export type PrepareReply = { ok: true; prepared: PreparedDataset } | { ok: false; message: string; input: boolean };

export async function prepareFile(path: string, columns?: string[]): Promise<PreparedDataset> {
  const bytes = await readInputFile(path);
  try {
    return prepareDataset(readCsvBytes(bytes, inputName(path)), columns);
  } catch (error) {
    if (error instanceof DatasetError) throw new CliError(error.message);
    throw error;
  }
}
