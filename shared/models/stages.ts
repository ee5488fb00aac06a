import { modelStages, type ModelStage, type ModelVersion } from '../domain/models';

export type VersionPatch = { id: string; patch: Pick<ModelVersion, 'stage' | 'stageHistory'> };

export interface TransitionInput {
  version: Pick<ModelVersion, 'id' | 'modelId' | 'stage' | 'stageHistory'>;
  to: string;
  by: string;
  at: string;
  /**
   * MLflow's archive_existing_versions: moving into Staging or Production archives the model's
   * other versions in that stage, so one version serves each stage.
   */
  archiveExisting?: boolean;
  /** The other versions of the same model (only needed with archiveExisting). */
  siblings?: readonly Pick<ModelVersion, 'id' | 'modelId' | 'stage' | 'stageHistory'>[];
}

export const isModelStage = (value: string): value is ModelStage => (modelStages as readonly string[]).includes(value);

/** The usual next step in the MLflow lifecycle, or null when a version is archived. */
export function promotionTarget(stage: ModelStage): ModelStage | null {
  if (stage === 'None') return 'Staging';
  if (stage === 'Staging') return 'Production';
  if (stage === 'Production') return 'Archived';
  return null;
}

/**
 * A stage change, recorded with who and when. MLflow allows any stage to any other stage;
 * a change to the current stage or to an unknown stage is refused with a message.
 */
export function transitionStage(input: TransitionInput): { ok: true; patches: VersionPatch[] } | { ok: false; message: string } {
  const { version, to, by, at } = input;
  if (!isModelStage(to)) return { ok: false, message: `"${to}" is not a stage (expected ${modelStages.join(', ')})` };
  if (version.stage === to) return { ok: false, message: `The version is already in ${to}` };
  if (!by.trim()) return { ok: false, message: 'A stage change needs to say who made it' };
  const record = (v: TransitionInput['version'], stage: ModelStage): VersionPatch => ({
    id: v.id,
    patch: { stage, stageHistory: [...v.stageHistory, { stage, by, at }] },
  });
  const patches = [record(version, to)];
  if (input.archiveExisting && (to === 'Staging' || to === 'Production')) {
    for (const other of input.siblings ?? []) {
      if (other.id !== version.id && other.modelId === version.modelId && other.stage === to) patches.push(record(other, 'Archived'));
    }
  }
  return { ok: true, patches };
}
