import { useMemo } from 'react';
import type { Retro, RetroGroup, WorkItem } from '@shared/domain';
import { actionFollowThrough, recurringThemes } from '@shared/retro';

const percent = (share: number | null) => (share === null ? '—' : `${Math.round(share * 100)}%`);

/** Across retros: what keeps coming up, and whether actions get done before the next retro. */
export function RetroInsights({ retros, groups, items }: { retros: Retro[]; groups: RetroGroup[]; items: WorkItem[] }) {
  const themes = useMemo(
    () => recurringThemes(retros.map((retro) => ({ retro, groups: groups.filter((g) => g.retroId === retro.id) }))),
    [retros, groups],
  );
  const follow = useMemo(() => actionFollowThrough(retros, items), [retros, items]);
  const title = new Map(retros.map((r) => [r.id, r.title]));
  return (
    <div className="retro-insights">
      <section className="panel" aria-labelledby="themes-heading">
        <h2 id="themes-heading">Recurring themes</h2>
        {themes.length ? (
          <ul className="retro-plain-list">
            {themes.map((theme) => (
              <li key={theme.title}>
                <strong>{theme.title}</strong> <span className="muted">in {theme.retroIds.length} retros ({theme.retroIds.map((id) => title.get(id)).join(', ')})</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">Group titles that come up in two or more of the last five retros appear here.</p>
        )}
      </section>
      <section className="panel" aria-labelledby="follow-heading">
        <h2 id="follow-heading">Action follow-through</h2>
        <p>
          <span className="stat-value">{percent(follow.share)}</span> <span className="muted">of actions done by the next retro</span>
        </p>
        {follow.perRetro.length ? (
          <ul className="retro-plain-list">
            {follow.perRetro.map((row) => (
              <li key={row.retroId}>
                {title.get(row.retroId)}: {row.doneByNext} of {row.actions} done ({percent(row.share)})
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">Shown once a retro with actions is followed by another.</p>
        )}
      </section>
    </div>
  );
}
