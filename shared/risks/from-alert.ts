import type { Alert, Monitor } from '../domain/monitoring';
import type { Risk } from '../domain/risks';

export type RiskPrefill = Pick<
  Risk,
  'kind' | 'title' | 'cause' | 'event' | 'consequence' | 'category' | 'nistFunction' | 'characteristic' | 'likelihood' | 'impact' | 'response' | 'trigger' | 'status' | 'links'
>;

type Profile = Pick<RiskPrefill, 'category' | 'characteristic'> & { event: string; consequence: string };

const profiles = {
  drift: { category: 'data drift', characteristic: 'valid and reliable', event: 'Production data drifts away from the training data', consequence: 'Predictions degrade silently for the drifted population' },
  fairness: { category: 'bias and fairness', characteristic: 'fair with harmful bias managed', event: 'The model treats a protected group worse than others', consequence: 'Harm to affected people, complaints and regulatory exposure' },
  performance: { category: 'robustness and safety', characteristic: 'valid and reliable', event: 'Model quality falls below its agreed level', consequence: 'Wrong decisions downstream and lost trust in the model' },
  service: { category: 'technical', characteristic: 'secure and resilient', event: 'The model service misses its latency, throughput or error budget', consequence: 'Outages or slow responses for users of the model' },
} satisfies Record<string, Profile>;

const serviceMetrics = /^(latency|throughput|error_rate)/;

function profileFor(alert: Alert, monitor?: Pick<Monitor, 'metric'>): Profile {
  const kind = alert.source.split(':')[0];
  if (kind === 'drift') return profiles.drift;
  if (kind === 'fairness' || monitor?.metric === 'fairness_gap') return profiles.fairness;
  if (monitor && serviceMetrics.test(monitor.metric)) return profiles.service;
  return profiles.performance;
}

/** Severity sets the first guess at likelihood (it has happened) and impact; people refine both. */
const levels = { info: { likelihood: 2, impact: 2 }, warning: { likelihood: 3, impact: 3 }, critical: { likelihood: 4, impact: 4 } } as const;

/**
 * "Raise risk" from a monitoring alert: a risk pre-filled with the AI category the alert points
 * at (drift, fairness, model quality, service health), linked to the alert, its source and model.
 */
export function riskFromAlert(alert: Alert, monitor?: Pick<Monitor, 'id' | 'metric' | 'name'>): RiskPrefill {
  const profile = profileFor(alert, monitor);
  const links = [`alert:${alert.id}`, alert.source];
  if (alert.modelId) links.push(`model:${alert.modelId}`);
  return {
    kind: 'risk',
    title: alert.title.trim() || 'Risk raised from a monitoring alert',
    cause: alert.evidence.trim() || `Alert from ${alert.source}`,
    event: profile.event,
    consequence: profile.consequence,
    category: profile.category,
    // Found through production monitoring, the NIST AI RMF "Measure" function.
    nistFunction: 'Measure',
    characteristic: profile.characteristic,
    ...levels[alert.severity],
    response: 'mitigate',
    trigger: monitor ? `Monitor "${monitor.name}" (${monitor.metric}) triggers again` : `A new alert from ${alert.source}`,
    status: 'open',
    links: [...new Set(links)],
  };
}
