import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import '@testing-library/jest-dom/vitest';

// Edits are optimistic and commit a moment later; a loaded machine needs more than the 1 s default to see them land.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => cleanup());
