import { describe, expect, it } from 'vitest';
import { datasetName, runLabel, versionLabel, versionName } from '@shared/models';

describe('display names of ML rows', () => {
  it('labels a version "v3" whether it was stored as "3" or as "v3" (never "vv3")', () => {
    expect(versionLabel({ version: '3' })).toBe('v3');
    expect(versionLabel({ version: 'v3' })).toBe('v3');
    expect(versionLabel({ version: '2024-06' })).toBe('v2024-06');
    expect(versionName({ name: 'fraud-classifier' }, { version: 'v1' })).toBe('fraud-classifier v1');
    expect(versionName(undefined, { version: '1' })).toBe('model v1');
  });

  it('names runs and datasets the same way everywhere', () => {
    expect(runLabel({ id: '0123456789abcdef', name: '' })).toBe('01234567');
    expect(runLabel({ id: '0123456789abcdef', name: 'xgb-depth6' })).toBe('xgb-depth6');
    expect(datasetName({ name: 'transactions', version: '2024-06' })).toBe('transactions@2024-06');
  });
});
