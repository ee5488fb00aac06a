import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import '@testing-library/jest-dom/vitest';
import { commitsSettled } from '../../renderer/data/commit-order';

// Edits are optimistic and commit a moment later; a loaded machine needs more than the 1 s default to see them land.
configure({ asyncUtilTimeout: 5_000 });

// A commit a test started (a click) lands before the next test replaces the database.
afterEach(async () => {
  cleanup();
  await commitsSettled();
});
