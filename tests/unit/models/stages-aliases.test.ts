import { describe, expect, it } from 'vitest';
import { aliasesOf, checkAlias, moveAlias, promotionTarget, removeAlias, transitionStage } from '@shared/models';
import type { ModelVersion } from '@shared/domain';

const v = (id: string, stage: ModelVersion['stage'], modelId = 'm1') => ({ id, modelId, stage, stageHistory: [] as ModelVersion['stageHistory'] });
const at = '2024-06-01T10:00:00.000Z';

describe('stage transitions', () => {
  it('records the new stage with who and when, keeping the earlier history', () => {
    const version = { ...v('a', 'Staging'), stageHistory: [{ stage: 'Staging' as const, by: 'Ada', at: '2024-05-01T00:00:00.000Z' }] };
    const result = transitionStage({ version, to: 'Production', by: 'Grace', at });
    expect(result).toEqual({
      ok: true,
      patches: [{ id: 'a', patch: { stage: 'Production', stageHistory: [version.stageHistory[0], { stage: 'Production', by: 'Grace', at }] } }],
    });
  });

  it('refuses a move to the current stage, an unknown stage, or without a name', () => {
    expect(transitionStage({ version: v('a', 'Staging'), to: 'Staging', by: 'Ada', at })).toEqual({ ok: false, message: 'The version is already in Staging' });
    const unknown = transitionStage({ version: v('a', 'None'), to: 'Prod', by: 'Ada', at });
    expect(unknown.ok).toBe(false);
    expect(!unknown.ok && unknown.message).toContain('"Prod" is not a stage');
    expect(transitionStage({ version: v('a', 'None'), to: 'Staging', by: '  ', at }).ok).toBe(false);
  });

  it('archives the other versions of the same model in the target stage when asked (MLflow archive_existing_versions)', () => {
    const siblings = [v('old', 'Production'), v('stage', 'Staging'), v('other-model', 'Production', 'm2')];
    const result = transitionStage({ version: v('new', 'Staging'), to: 'Production', by: 'Ada', at, archiveExisting: true, siblings: [...siblings, v('new', 'Staging')] });
    if (!result.ok) throw new Error(result.message);
    expect(result.patches.map((p) => [p.id, p.patch.stage])).toEqual([
      ['new', 'Production'],
      ['old', 'Archived'],
    ]);
    expect(result.patches[1].patch.stageHistory).toEqual([{ stage: 'Archived', by: 'Ada', at }]);
  });

  it('leaves other versions alone without archiveExisting, and when archiving', () => {
    const siblings = [v('old', 'Production')];
    const plain = transitionStage({ version: v('new', 'Staging'), to: 'Production', by: 'Ada', at, siblings });
    expect(plain.ok && plain.patches.length).toBe(1);
    const archiving = transitionStage({ version: v('new', 'Production'), to: 'Archived', by: 'Ada', at, archiveExisting: true, siblings: [v('x', 'Archived')] });
    expect(archiving.ok && archiving.patches.length).toBe(1);
  });

  it('suggests the next step of the lifecycle', () => {
    expect(['None', 'Staging', 'Production', 'Archived'].map((s) => promotionTarget(s as ModelVersion['stage']))).toEqual(['Staging', 'Production', 'Archived', null]);
  });
});

describe('aliases', () => {
  const model = { aliases: { champion: 'v1', challenger: 'v2' } };

  it('moves an alias: it then names only the new version, and says where it came from', () => {
    const result = moveAlias(model, 'champion', 'v2');
    expect(result).toEqual({ ok: true, aliases: { champion: 'v2', challenger: 'v2' }, from: 'v1' });
    if (result.ok) {
      expect(aliasesOf({ aliases: result.aliases }, 'v1')).toEqual([]);
      expect(aliasesOf({ aliases: result.aliases }, 'v2')).toEqual(['challenger', 'champion']);
    }
  });

  it('sets a new alias with no previous version, trimming the name', () => {
    expect(moveAlias(model, ' shadow ', 'v3')).toEqual({ ok: true, aliases: { ...model.aliases, shadow: 'v3' }, from: null });
  });

  it('refuses names MLflow refuses, and a move to where it already points', () => {
    expect(checkAlias('')).toMatch(/needs a name/);
    expect(checkAlias('latest')).toMatch(/reserved/);
    expect(checkAlias('v12')).toMatch(/version number/);
    expect(checkAlias('has space')).toMatch(/letters, digits/);
    expect(checkAlias('prod-eu_2')).toBeNull();
    expect(moveAlias(model, 'champion', 'v1')).toEqual({ ok: false, message: '"champion" already points at this version' });
  });

  it('removes an alias without touching the others or the input', () => {
    expect(removeAlias(model, 'champion')).toEqual({ challenger: 'v2' });
    expect(model.aliases).toEqual({ champion: 'v1', challenger: 'v2' });
  });
});
