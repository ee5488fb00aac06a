import type { Member } from '@shared/domain';
import { ActionButton } from '../../kernel/actions/ActionButton';
import { SelectField } from '../../kernel/fields/SelectField';
import type { PokerBoard } from './poker-queries';
import { usePokerStore } from './poker-slice';

interface Props {
  board: PokerBoard;
  members: Member[];
  me: string | null;
  iFacilitate: boolean;
}

/** Who sits at this laptop, one shared screen or not, and the facilitator's buttons (the same actions as the keys). */
export function PokerToolbar({ board, members, me, iFacilitate }: Props) {
  const shared = usePokerStore((s) => s.sharedScreen);
  const turn = usePokerStore((s) => s.turnMemberId);
  const { setMe, setSharedScreen, setTurn } = usePokerStore.getState();
  const { session } = board;
  const running = session.status !== 'finished' && session.currentItemId !== null;
  const people = members.map((m) => [m.id, m.name] as const);
  return (
    <div className="poker-toolbar" role="toolbar" aria-label="Facilitation">
      <label className="poker-inline-field">
        <span>You are</span>
        <SelectField value={me ?? ''} onChange={(id) => id && setMe(board.workspace.id, id)} options={[['', 'Choose…'], ...people]} />
      </label>
      <label className="poker-inline-field">
        <input type="checkbox" checked={shared} onChange={(e) => setSharedScreen(e.target.checked)} />
        <span>One shared screen</span>
      </label>
      {shared && (
        <label className="poker-inline-field">
          <span>Voting now</span>
          <SelectField value={turn ?? ''} onChange={(id) => setTurn(id || null)} options={[['', 'Nobody (hidden)'], ...people]} />
        </label>
      )}
      {running && iFacilitate && (
        <span className="poker-toolbar-end">
          <ActionButton id="poker.timer" className="button">{session.timerEndsAt ? 'Stop timer' : 'Discussion timer'}</ActionButton>
          {session.revealed ? <ActionButton id="poker.revote" className="button">Re-vote (V)</ActionButton> : <ActionButton id="poker.reveal" className="button primary">Reveal (R)</ActionButton>}
          {session.revealed && <ActionButton id="poker.accept" className="button primary">Accept (A)</ActionButton>}
          <ActionButton id="poker.skip" className="button">Skip (S)</ActionButton>
          <ActionButton id="poker.next" className="button">Next (N)</ActionButton>
        </span>
      )}
    </div>
  );
}
