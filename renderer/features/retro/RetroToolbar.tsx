import type { Member, Retro } from '@shared/domain';
import { nextPhase as phaseAfter, phaseAllows, phaseLabel } from '@shared/retro';
import { ActionButton } from '../../kernel/actions/ActionButton';
import { SelectField } from '../../kernel/fields/SelectField';
import { usePresence } from '../../data/presence';
import { Countdown } from './Countdown';
import { useRetroStore } from './retro-slice';

/**
 * Who is at this laptop (one shared laptop with turns, or each on their own), who else is in the
 * retro (live presence), the timer and the facilitator's buttons (the same actions as the keys).
 */
export function RetroToolbar({ retro, members }: { retro: Retro; members: Member[] }) {
  const presenter = useRetroStore((s) => s.presenter);
  const acting = useRetroStore((s) => s.actingMemberId);
  const turn = useRetroStore((s) => s.turn);
  const remote = useRetroStore((s) => s.remote);
  const { setActing, setRemote } = useRetroStore.getState();
  const here = usePresence(remote ? `retro:${retro.id}` : null, remote ? acting : null);
  const atKeyboard = turn?.memberId ?? acting ?? (remote ? '' : retro.facilitatorId ?? '');
  const next = phaseAfter(retro.phase);
  // On their own laptops only the facilitator sees the controls that move everyone.
  const leads = !remote || !retro.facilitatorId || acting === retro.facilitatorId;
  const people = members.map((m) => [m.id, `${m.name}${m.id === retro.facilitatorId ? ' (facilitator)' : ''}`] as const);
  const names = [...new Set([...here, ...(remote && acting ? [acting] : [])])].map((id) => members.find((m) => m.id === id)?.name).filter(Boolean);

  return (
    <div className="retro-toolbar" role="toolbar" aria-label="Facilitation">
      <label className="retro-inline-field">
        <input type="checkbox" checked={remote} onChange={(e) => setRemote(e.target.checked)} />
        <span>Each on their own laptop</span>
      </label>
      <label className="retro-inline-field">
        <span>{remote ? 'You are' : 'At the keyboard'}</span>
        <SelectField value={atKeyboard} disabled={!!turn} onChange={(id) => setActing(id || null)} options={remote ? [['', 'Choose…'], ...people] : people} />
      </label>
      {remote && (
        <span className="retro-inline-field" aria-live="polite">
          Here: {names.length ? names.join(', ') : 'nobody yet'}
        </span>
      )}
      {phaseAllows(retro.phase, 'runTimer') && (
        <span className="retro-timer-controls">
          <Countdown retro={retro} />
          {leads && <ActionButton id="retro.timer" className="button">{retro.timerEndsAt ? 'Pause' : 'Start timer'}</ActionButton>}
          {leads && <ActionButton id="retro.add-minute" className="button">+1 min</ActionButton>}
        </span>
      )}
      <span className="retro-toolbar-end">
        {leads && retro.phase === 'reflect' && !retro.revealed && <ActionButton id="retro.reveal" className="button">Reveal cards</ActionButton>}
        <ActionButton id="retro.presenter" className="button">{presenter ? 'Leave presenter mode' : 'Presenter mode'}</ActionButton>
        {leads && next && (
          <ActionButton id="retro.next" className="button primary">
            Next: {phaseLabel(next)} →
          </ActionButton>
        )}
      </span>
    </div>
  );
}
