/** The sources this folder reads; also the prefix of an imported item's sourceRef ("jira:PROJ-12"). */
export const agileSources = ['jira', 'linear'] as const;
export type AgileSource = (typeof agileSources)[number];

/** One issue as the source file states it, before any mapping to the workspace; absent values are null. */
export interface ImportedItem {
  key: string;
  title: string;
  /** The source's issue type ("Story", "Sub-task" …); Linear has none. */
  type: string | null;
  status: string | null;
  /** Jira's "Status Category" (To Do / In Progress / Done): the default mapping of a status the workspace lacks. */
  statusCategory: string | null;
  assignee: string | null;
  estimate: number | null;
  /** Oldest first; Jira lists every sprint an issue passed through, the last is its current one. */
  sprints: string[];
  labels: string[];
  /** Key of the parent issue or, for a story under an epic, the epic. */
  parentKey: string | null;
  /** ISO 8601 timestamp. */
  created: string | null;
  description: string | null;
  priority: string | null;
  /** Calendar date as written in the file, YYYY-MM-DD. */
  dueDate: string | null;
  /** ISO 8601 timestamp of resolution / completion. */
  completed: string | null;
  /** The source's own id (Jira "Issue id", Linear "ID"). */
  sourceId: string | null;
  /** Physical line in the file where the record starts. */
  line: number;
}

/** A sprint or cycle with the dates the file gives for it (Linear's Cycle Start/End; Jira gives none). */
export interface SourceSprint {
  name: string;
  start: string | null;
  end: string | null;
}

export interface ImportProblem {
  /** Physical line (1-based) where the record starts; multi-line cells count every line. */
  line: number;
  message: string;
}

export interface AgileParseResult {
  items: ImportedItem[];
  problems: ImportProblem[];
  sprints: SourceSprint[];
}

/** The file is not an export of the expected kind (wrong columns, binary, empty): nothing of it can be imported. */
export class ImportFormatError extends Error {
  override readonly name = 'ImportFormatError';
  constructor(
    message: string,
    readonly format: AgileSource | 'csv',
    /** Required columns the file lacks, as the source spells them. */
    readonly missing: string[] = [],
  ) {
    super(message);
  }
}
