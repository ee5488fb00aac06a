import type { Run } from '@shared/domain';

/** Numbers as people read metrics: up to 4 significant digits, no float noise. */
export function formatMetric(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  if (value !== 0 && (Math.abs(value) >= 1e6 || Math.abs(value) < 1e-4)) return value.toExponential(3);
  return String(Number(value.toPrecision(4)));
}

export function formatDateTime(iso: string | null): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(undefined, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** Short form for dense tables: "13 Nov 2024 07:56". */
export function formatShortDateTime(iso: string | null): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  const month = date.toLocaleString('en', { month: 'short' });
  return `${date.getDate()} ${month} ${date.getFullYear()} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function formatDuration(run: Pick<Run, 'startTime' | 'endTime'>): string {
  if (!run.startTime || !run.endTime) return '—';
  const ms = new Date(run.endTime).getTime() - new Date(run.startTime).getTime();
  if (!Number.isFinite(ms) || ms < 0) return '—';
  if (ms < 1000) return `${ms} ms`;
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min ${s % 60} s`;
  return `${Math.floor(m / 60)} h ${m % 60} min`;
}

export const paramSummary = (params: Record<string, string>, max = 3): string => {
  const entries = Object.entries(params);
  if (entries.length === 0) return '—';
  const shown = entries.slice(0, max).map(([k, v]) => `${k}=${v}`).join(', ');
  return entries.length > max ? `${shown} +${entries.length - max}` : shown;
};

/** Up to 20 distinguishable line colours, themed in runs.css (light and dark); after 10 lines dash. */
export const runColor = (index: number) => `var(--run-${(index % 10) + 1})`;
export const runDashed = (index: number) => index >= 10;
