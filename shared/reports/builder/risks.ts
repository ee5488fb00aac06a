import type { Risk } from '../../domain';
import { heatmapCounts } from '../../risks/heatmap';
import { overdueReviews } from '../../risks/reviews';
import { currentScore, scoreBand } from '../../risks/scoring';
import type { ReportModel, RiskView } from '../model';
import { dayOfIso, inPeriod, type ReportContext } from './context';

const byScore = (a: RiskView, b: RiskView) => b.score - a.score || (a.title < b.title ? -1 : 1);

/** The top open risks, the heatmap, and risks opened, closed or overdue for review in the period. */
export function risksSection(ctx: ReportContext): ReportModel['risks'] {
  const view = (risk: Risk): RiskView => {
    const score = currentScore(risk);
    return {
      id: risk.id, title: risk.title, kind: risk.kind, category: risk.category, score, band: scoreBand(score),
      owner: risk.ownerId ? (ctx.memberName.get(risk.ownerId) ?? 'unknown') : 'no owner', status: risk.status, reviewDate: risk.reviewDate,
    };
  };
  const live = ctx.input.risks.filter((risk) => !risk.deleted);
  const open = live.filter((risk) => risk.status !== 'closed');
  const openViews = open.map(view).sort(byScore);
  return {
    top: openViews.slice(0, ctx.limit),
    heatmap: heatmapCounts(live),
    opened: live.filter((risk) => inPeriod(ctx, dayOfIso(risk.createdAt))).map(view).sort(byScore),
    closed: live.filter((risk) => risk.status === 'closed' && inPeriod(ctx, ctx.lastSetOn('risks', risk.id, 'closed'))).map(view).sort(byScore),
    overdue: overdueReviews(live, ctx.asOfDay).map(view),
    openCount: open.length,
    scores: Object.fromEntries(openViews.map((v) => [v.id, { title: v.title, score: v.score }])),
  };
}
