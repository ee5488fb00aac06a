import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Risk } from '@shared/domain';
import { assessmentEvents, scoreSeries } from '@shared/risks';
import { hlcMs } from '@shared/sync/hlc';
import { opsForRow } from '../../data/op-log';
import { session } from '../../data/session';
import { LineChart } from '../../kernel/charts';

/**
 * A risk's score over time, rebuilt from its op history (every likelihood and impact change
 * ever written for the row, in clock order), so it needs no stored copy and survives sync.
 */
export function RiskHistory({ risk }: { risk: Risk }) {
  const ops = useLiveQuery(
    async () => (await opsForRow(session().db, 'risks', risk.id)).filter((op) => op.field === 'likelihood' || op.field === 'impact'),
    [risk.id, risk.workspaceId, risk.likelihood, risk.impact],
  );
  const series = useMemo(
    () => scoreSeries(assessmentEvents((ops ?? []).map((op) => ({ at: new Date(hlcMs(op.hlc)).toISOString(), field: op.field, value: op.value })))),
    [ops],
  );
  if (!ops) return null;
  const summary = series.length
    ? `Score over time: ${series.map((p) => `${p.score} (${p.band}) on ${p.at.slice(0, 10)}`).join(', ')}.`
    : 'No assessment recorded yet.';
  return (
    <figure className="risk-history">
      <LineChart
        title="Score over time"
        width={560}
        height={180}
        xType="time"
        yDomain={[0, 25]}
        yLabel="Score"
        summary={summary}
        series={[{ id: 'score', label: 'Score', curve: 'step', points: series.map((p) => ({ x: Date.parse(p.at), y: p.score })) }]}
      />
    </figure>
  );
}
