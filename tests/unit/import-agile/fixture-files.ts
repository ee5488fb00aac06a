import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const fixturePath = (name: string) => fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url));
export const readFixture = (name: string) => readFileSync(fixturePath(name), 'utf8');

export const JIRA_SERVER = 'jira/jira-server-2016-all-fields.csv';
export const JIRA_CLOUD = 'jira/jira-cloud-2025-all-fields.csv';
export const LINEAR = 'linear/linear-export-2023.csv';

/** A CSV line from cells, quoting every cell the way Jira does when needed. */
export const csvLine = (cells: string[]) =>
  cells.map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',');
