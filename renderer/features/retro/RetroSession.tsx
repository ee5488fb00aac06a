import { useEffect, useRef } from 'react';
import { retroPhases, type Member, type Retro, type Workspace } from '@shared/domain';
import { phaseLabel } from '@shared/retro';
import { useKeyScopeRoot } from '../../kernel/actions/use-key-scope-root';
import { ActionsPhase } from './ActionsPhase';
import { CheckinPhase, ReviewPhase } from './CheckinReviewPhases';
import { ClosePhase } from './ClosePhase';
import { DiscussPhase } from './DiscussPhase';
import { GroupPhase } from './GroupPhase';
import { ReflectPhase } from './ReflectPhase';
import { VotePhase } from './VotePhase';
import { useRetroBoard } from './retro-queries';
import { useRetroStore } from './retro-slice';
import { setPresenter } from './retro-actions';
import { RetroToolbar } from './RetroToolbar';

interface Props {
  workspace: Workspace;
  members: Member[];
  retroId: string;
  retros: Retro[];
}

/** One retro being run: the phase stepper, the facilitator's controls and the current phase. */
export function RetroSession({ workspace, members, retroId, retros }: Props) {
  const board = useRetroBoard(workspace, retroId);
  const presenter = useRetroStore((s) => s.presenter);
  const message = useRetroStore((s) => s.message);
  const { openRetro } = useRetroStore.getState();
  const root = useRef<HTMLDivElement>(null);
  // The facilitator's keys (N, Space, +, R, Esc) are registry actions scoped to the open retro.
  useKeyScopeRoot(root, !!board);

  // Leaving full screen with the browser's own Escape also leaves presenter mode.
  useEffect(() => {
    const onChange = () => {
      if (!document.fullscreenElement && useRetroStore.getState().presenter) useRetroStore.getState().setPresenter(false);
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  useEffect(() => () => useRetroStore.getState().setPresenter(false), []);

  if (!board) return null;
  const { retro } = board;
  const facilitator = members.find((m) => m.id === retro.facilitatorId);
  const index = retroPhases.indexOf(retro.phase);
  const props = { board, members, retros };

  return (
    <div ref={root} tabIndex={-1} data-key-scope="retro" className={`view retro-session${presenter ? ' retro-presenter' : ''}`} data-phase={retro.phase}>
      <header className="view-header retro-session-header">
        <button type="button" className="link-button retro-back" onClick={() => openRetro(null)}>
          ← All retros
        </button>
        <h1>{retro.title}</h1>
        <p className="muted">
          Facilitator {facilitator?.name ?? 'not chosen'} · {retro.anonymous ? 'anonymous (authors not stored)' : 'named cards'} ·{' '}
          {retro.votesPerPerson} votes each, at most {retro.maxVotesPerGroup} on one group
        </p>
        <ol className="retro-stepper" aria-label="Phases">
          {retroPhases.map((phase, i) => (
            <li key={phase} className={i < index ? 'done' : i === index ? 'current' : ''} aria-current={i === index ? 'step' : undefined}>
              {phaseLabel(phase)}
            </li>
          ))}
        </ol>
      </header>

      <RetroToolbar retro={retro} members={members} />
      {presenter && (
        <p className="retro-keys muted">
          <kbd>N</kbd> next phase · <kbd>Space</kbd> start/pause timer · <kbd>+</kbd> add a minute · <kbd>R</kbd> reveal · <kbd>Esc</kbd> leave ·{' '}
          <button type="button" className="link-button" onClick={() => setPresenter(false)}>Leave presenter mode</button>
        </p>
      )}
      {message && (
        <p className="retro-message" role="alert">
          {message}
        </p>
      )}

      <section className="retro-phase" aria-label={`Phase: ${phaseLabel(retro.phase)}`}>
        {retro.phase === 'checkin' && <CheckinPhase {...props} />}
        {retro.phase === 'review' && <ReviewPhase {...props} />}
        {retro.phase === 'reflect' && <ReflectPhase {...props} />}
        {retro.phase === 'group' && <GroupPhase {...props} />}
        {retro.phase === 'vote' && <VotePhase {...props} />}
        {retro.phase === 'discuss' && <DiscussPhase {...props} />}
        {retro.phase === 'actions' && <ActionsPhase {...props} />}
        {retro.phase === 'close' && <ClosePhase {...props} />}
      </section>
    </div>
  );
}
