import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

// The rooms rule in eslint.config.js, run on source text placed (virtually) inside the backlog
// feature and the entities room: these files never exist on disk, only their imports resolve.
const root = fileURLToPath(new URL('../../..', import.meta.url));
let eslint: ESLint;

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${filePath}` });
  return result.messages.filter((m) => m.ruleId === 'boundaries/dependencies').map((m) => `${m.line}: ${m.message}`);
}

describe('renderer rooms (lint)', () => {
  beforeAll(() => {
    eslint = new ESLint({ cwd: root });
  });

  it('refuses a feature importing another feature or the app shell', async () => {
    const errors = await boundaryErrors(
      'renderer/features/backlog/cross-import.ts',
      [
        "import { BoardView } from '../board/BoardView';",
        "import { featureViews } from '../../app/features';",
        'export const both = [BoardView, featureViews];',
      ].join('\n'),
    );
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^1: A feature imports the kernel, entities, data, platform and shared, never another feature/);
    expect(errors[1]).toMatch(/^2: /);
  });

  it('lets a feature import its own files, entities, the kernel and data', async () => {
    const errors = await boundaryErrors(
      'renderer/features/backlog/own-import.ts',
      [
        "import { useBacklog } from './backlog-slice';",
        "import { useItems } from '../../entities/items/item-queries';",
        "import { useAppStore } from '../../kernel/store';",
        "import { useRows } from '../../data/live-rows';",
        'export const all = [useBacklog, useItems, useAppStore, useRows];',
      ].join('\n'),
    );
    expect(errors).toEqual([]);
  });

  it('refuses entities reaching up into a feature', async () => {
    const errors = await boundaryErrors('renderer/entities/items/up.ts', "import { BoardView } from '../../features/board/BoardView';\nexport const v = BoardView;");
    expect(errors).toEqual([expect.stringMatching(/^1: entities, kernel, data and platform sit below/)]);
  });
}, 60_000);
