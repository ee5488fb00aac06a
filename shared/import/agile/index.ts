export * from './types';
export { parseJiraCsv } from './jira-csv';
export { parseLinearCsv } from './linear-csv';
export { agileParsers, detectAgileFormat, parseAgileCsv } from './parse-agile-csv';
export { requiredColumns } from './detect-format';
export { parseJiraDate, parseLinearDate, type SourceDate } from './source-dates';
export { mapPriority, mapStatus, mapType, type StatusMapping, type StatusMatch } from './field-mapping';
export { stableId } from './stable-id';
export * from './plan-import';
