import { useMemo } from 'react';
import { cardsByGroup, groupLabel, voteTotals, votesLeft, votesOf } from '@shared/retro';
import { actorOf, vote } from './retro-commands';
import { useRetroStore } from './retro-slice';
import { memberName, type PhaseProps } from './phase-props';

/** Vote: each person (in turn, or on their own laptop) spends their votes; totals stay hidden until voting closes. */
export function VotePhase({ board, members }: PhaseProps) {
  useRetroStore((s) => s.actingMemberId);
  const remote = useRetroStore((s) => s.remote);
  const voter = actorOf(board.retro);
  const mine = votesOf(board, voter);
  const left = votesLeft(board, voter);
  const totals = voteTotals(board);
  const byGroup = useMemo(() => cardsByGroup(board), [board]);
  const groups = board.groups.filter((g) => byGroup.has(g.id));
  return (
    <div className="retro-vote">
      <p className="retro-turn-bar">
        <span>
          Voting as <strong>{memberName(members, voter)}</strong>: {left} of {board.retro.votesPerPerson} votes left, at most {board.retro.maxVotesPerGroup} on one group.
        </span>
        <span className="muted">{remote ? 'Everyone votes on their own laptop.' : 'Hand over by choosing who is at the keyboard.'} Totals appear when voting closes.</span>
      </p>
      <ul className="retro-vote-list" aria-label="Groups to vote on">
        {groups.map((group) => {
          const count = mine.get(group.id) ?? 0;
          const title = groupLabel(group, board.groups);
          return (
            <li key={group.id} className="retro-vote-row">
              <div className="grow">
                <strong>{title}</strong>
                <span className="muted"> · {(byGroup.get(group.id) ?? []).map((c) => c.text).join(' · ')}</span>
              </div>
              <span className="retro-dots" aria-label={`Your votes on ${title}: ${count}`}>
                {'●'.repeat(count)}
                <span className="retro-dots-empty">{'○'.repeat(Math.max(0, board.retro.maxVotesPerGroup - count))}</span>
              </span>
              <button type="button" className="icon-button" aria-label={`Take a vote back from ${title}`} onClick={() => void vote(board, group.id, -1)}>−</button>
              <button type="button" className="button" aria-label={`Vote for ${title}`} onClick={() => void vote(board, group.id, 1)}>+ Vote</button>
              {totals && <span className="retro-total">{totals.get(group.id) ?? 0}</span>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
