import { dayOf, toMs } from '../agile/working-days';
import { effectiveChecklist, openPoints } from '../models/checklist';
import type { HealthFacts } from './health';
import type { ReportInput } from './input';
import type { ReportModel } from './model';

type VersionLabel = (versionId: string | null) => { model: string; version: string };

/**
 * The model-side facts the health rules weigh: monitors without data, open alerts and failed
 * promotion checks, as they stood at `asOf`. Kept apart from the builder so each rule's input
 * is read in one place.
 */
export function mlHealthFacts(
  input: Pick<ReportInput, 'monitors' | 'metricPoints' | 'alerts' | 'models' | 'modelVersions' | 'deployments'>,
  monitors: ReportModel['models']['monitors'],
  asOf: number,
  versionLabel: VersionLabel,
): Pick<HealthFacts, 'silentMonitors' | 'openAlerts' | 'failedChecks'> {
  const lastPoint = new Map<string, number>();
  for (const point of input.metricPoints) {
    const t = Date.parse(point.timestamp);
    if (point.deleted || !Number.isFinite(t) || t > asOf) continue;
    if (t > (lastPoint.get(point.monitorId) ?? -Infinity)) lastPoint.set(point.monitorId, t);
  }
  const monitorIdByName = new Map(input.monitors.filter((m) => !m.deleted).map((m) => [m.name, m.id]));
  const silentMonitors = monitors
    .filter((m) => m.status === 'nodata')
    .map((m) => {
      const last = lastPoint.get(monitorIdByName.get(m.name) ?? '');
      return { name: `${m.name}${m.model ? ` (${m.model})` : ''}`, lastValueOn: last === undefined ? null : dayOf(last) };
    });

  const openAlerts = input.alerts
    .filter((a) => !a.deleted && !a.resolved && toMs(a.createdAt) <= asOf)
    .map((a) => ({ title: a.title, severity: a.severity }));

  const label = (versionId: string) => {
    const { model, version } = versionLabel(versionId);
    return `${model} ${version}`.trim();
  };
  const templateOf = new Map(input.models.map((m) => [m.id, m.checklistTemplate]));
  const failedChecks: HealthFacts['failedChecks'] = [];
  for (const v of input.modelVersions) {
    if (v.deleted || (v.stage !== 'Staging' && v.stage !== 'Production')) continue;
    const open = openPoints(effectiveChecklist(templateOf.get(v.modelId) ?? [], v.checklist));
    if (open.length) {
      failedChecks.push({ text: `${label(v.id)} is in ${v.stage} with ${open.length} unticked checklist point${open.length === 1 ? '' : 's'} (${open.map((e) => e.label).join(', ')})`, production: v.stage === 'Production' });
    }
  }
  for (const d of input.deployments) {
    if (d.deleted || d.pipelineStatus !== 'failed') continue;
    failedChecks.push({ text: `the ${d.environment} deployment of ${label(d.modelVersionId)} failed its pipeline`, production: d.environment === 'production' });
  }
  return { silentMonitors, openAlerts, failedChecks };
}
