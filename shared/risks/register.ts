import {
  euAiActTiers, nistFunctions, raidKinds, riskCategories, riskResponses, riskStatuses, trustworthiness, type Risk,
} from '../domain/risks';
import { isReviewOverdue } from './reviews';
import { inherentScore, residualScore, riskBands, scoreBand } from './scoring';

/** Fields of the register a view can filter, sort and group by: stored ones and derived ones. */
export const registerFields = [
  'id', 'kind', 'title', 'cause', 'event', 'consequence', 'category', 'nistFunction', 'characteristic', 'euAiActTier',
  'likelihood', 'impact', 'score', 'band', 'residualLikelihood', 'residualImpact', 'residualScore', 'ownerId', 'response',
  'trigger', 'contingency', 'reviewDate', 'overdue', 'status', 'links', 'createdAt',
] as const;
export type RegisterField = (typeof registerFields)[number];
export type RegisterValue = string | number | boolean | null;

export interface RegisterQuery {
  /** Words that must all appear (case-insensitive) in the risk's text fields. */
  text?: string;
  /** Field -> accepted values; a risk passes when its value is one of them (for links: any of its links). */
  filters?: Partial<Record<RegisterField, readonly RegisterValue[]>>;
  /** An extra predicate, e.g. the heatmap cell that was clicked. */
  where?: (risk: Risk) => boolean;
  sortBy?: { field: RegisterField; direction?: 'asc' | 'desc' } | null;
  groupBy?: RegisterField | null;
  /** Today's date (YYYY-MM-DD) for the `overdue` field. */
  today?: string;
}

export interface RegisterGroup<R extends Risk = Risk> {
  key: RegisterValue;
  rows: R[];
}

export interface RegisterResult<R extends Risk = Risk> {
  rows: R[];
  /** Null unless grouped. */
  groups: RegisterGroup<R>[] | null;
}

/** Enumerations sort in their natural order (open before monitoring before closed), not alphabetically. */
const enumOrder: Partial<Record<RegisterField, readonly string[]>> = {
  kind: raidKinds, category: riskCategories, nistFunction: nistFunctions, characteristic: trustworthiness,
  euAiActTier: euAiActTiers, response: riskResponses, status: riskStatuses, band: riskBands.map((band) => band.band),
};

export function registerValue(risk: Risk, field: RegisterField, today = ''): RegisterValue | readonly string[] {
  switch (field) {
    case 'score': return inherentScore(risk);
    case 'band': return scoreBand(inherentScore(risk));
    case 'residualScore': return residualScore(risk);
    case 'overdue': return isReviewOverdue(risk, today);
    case 'links': return risk.links;
    default: return (risk[field] as RegisterValue | undefined) ?? null;
  }
}

// Rows are immutable (a change makes a new object), so the lowercased search text is cached per object.
const haystacks = new WeakMap<Risk, string>();
function haystack(risk: Risk): string {
  let text = haystacks.get(risk);
  if (text === undefined) {
    text = [risk.title, risk.cause, risk.event, risk.consequence, risk.trigger, risk.contingency, risk.category, risk.kind, risk.status,
      risk.ownerId ?? '', risk.nistFunction ?? '', risk.characteristic ?? '', risk.euAiActTier ?? '', ...risk.links].join('\n').toLowerCase();
    haystacks.set(risk, text);
  }
  return text;
}

/**
 * A sort key per row, computed once: enumerations by their natural order, booleans true first,
 * text lowercased without accents (a plain comparison, far cheaper than a collator per pair on
 * every keystroke). Blank values are null and always sort last.
 */
type SortKey = number | string | null;
function sortKey(field: RegisterField, value: RegisterValue | readonly string[]): SortKey {
  if (Array.isArray(value)) return value.length ? foldText(value.join(' ')) : null;
  if (value === null || value === '') return null;
  const order = enumOrder[field];
  if (order) return order.indexOf(String(value));
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 0 : 1;
  return foldText(String(value));
}

const foldText = (text: string): string => text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

function compareKeys(a: SortKey, b: SortKey): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const left = String(a);
  const right = String(b);
  return left < right ? -1 : left > right ? 1 : 0;
}

/** The register view: text search, filters, an extra predicate, a stable sort and optional groups. */
export function queryRegister<R extends Risk>(risks: readonly R[], query: RegisterQuery = {}): RegisterResult<R> {
  const today = query.today ?? '';
  const words = (query.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const filters = Object.entries(query.filters ?? {}).filter(([, values]) => values && values.length) as [RegisterField, readonly RegisterValue[]][];
  const rows: R[] = [];
  for (const risk of risks) {
    if (risk.deleted) continue;
    if (words.length) {
      const text = haystack(risk);
      if (!words.every((word) => text.includes(word))) continue;
    }
    if (!filters.every(([field, accepted]) => {
      const value = registerValue(risk, field, today);
      return Array.isArray(value) ? value.some((item) => accepted.includes(item)) : accepted.includes(value as RegisterValue);
    })) continue;
    if (query.where && !query.where(risk)) continue;
    rows.push(risk);
  }

  if (query.sortBy) {
    const { field, direction = 'asc' } = query.sortBy;
    const sign = direction === 'desc' ? -1 : 1;
    const keyed = rows.map((risk, index) => ({ risk, index, key: sortKey(field, registerValue(risk, field, today)) }));
    keyed.sort((a, b) => {
      // Empty values stay last in either direction; ties keep input order.
      if ((a.key === null) !== (b.key === null)) return a.key === null ? 1 : -1;
      return sign * compareKeys(a.key, b.key) || a.index - b.index;
    });
    rows.splice(0, rows.length, ...keyed.map((entry) => entry.risk));
  }

  if (!query.groupBy) return { rows, groups: null };
  const field = query.groupBy;
  const groups = new Map<RegisterValue, R[]>();
  for (const risk of rows) {
    const value = registerValue(risk, field, today);
    const keys: RegisterValue[] = Array.isArray(value) ? (value.length ? [...value] : [null]) : [value as RegisterValue];
    for (const key of keys) {
      const list = groups.get(key) ?? [];
      list.push(risk);
      groups.set(key, list);
    }
  }
  const ordered = [...groups].sort(([a], [b]) => compareKeys(sortKey(field, a), sortKey(field, b))).map(([key, list]) => ({ key, rows: list }));
  return { rows, groups: ordered };
}
