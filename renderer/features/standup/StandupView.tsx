import { itemKey } from '@shared/work';
import { useEffect, useMemo, useRef, useState } from 'react';
import { format } from 'date-fns';
import type { Member, StandupNote, WorkItem, Workspace } from '@shared/domain';
import { dayOf, dayStartMs, parseDay } from '@shared/agile';
import { EmptyState } from '../../kernel/views/EmptyState';
import { runAction } from '../../kernel/actions/registry';
import { formatShortcut } from '../../kernel/actions/shortcut';
import { useAppStore } from '../../kernel/store';
import { openItem } from '../../entities/items/item-slice';
import { useItemMap, useItems } from '../../entities/items/item-queries';
import { useCurrentWorkspace, useMembers } from '../../entities/workspaces/queries';
import { formatClock, movesSince, previousWorkingDay, standupByMember, type MemberDay, type Move } from './standup-model';
import { useMoveEvents, useStandupNote } from './standup-queries';
import { addParkingTopic, removeParkingTopic, saveStandupNote } from './standup-commands';
import { standupTeam } from './standup-actions';
import { useStandupStore } from './standup-slice';
import './standup.css';
import { reportError } from '../../kernel/feedback/toast';
import { TextField } from '../../kernel/fields/TextField';


export function StandupView() {
  const workspace = useCurrentWorkspace();
  if (!workspace) return null;
  return <Standup workspace={workspace} today={dayOf(Date.now())} />;
}

const prettyDay = (day: string) => format(parseDay(day), 'EEEE d MMMM');

export function Standup({ workspace, today }: { workspace: Workspace; today: string }) {
  const members = useMembers(workspace.id);
  const items = useItems(workspace.id);
  const byId = useItemMap(workspace.id);
  const since = useMemo(() => previousWorkingDay(today, workspace), [today, workspace]);
  const sinceMs = dayStartMs(since);
  const events = useMoveEvents(workspace.id, sinceMs);
  const note = useStandupNote(workspace.id, today);
  const days = useMemo(() => {
    if (!items || !events) return null;
    return standupByMember(members, items, byId, movesSince(events, byId, sinceMs), workspace.workflow);
  }, [members, items, byId, events, sinceMs, workspace.workflow]);
  const { index, running, remaining, secondsPerPerson, tick, goTo, setSecondsPerPerson } = useStandupStore();
  standupTeam.size = members.length;

  useEffect(() => {
    if (!running) return;
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [running, tick]);

  if (!members.length) {
    return (
      <div className="view">
        <header className="view-header">
          <h1>Stand-up</h1>
        </header>
        <EmptyState title="No team yet" action={<button type="button" className="button primary" onClick={() => useAppStore.getState().go('settings')}>Add members in Settings</button>}>
          <p>The stand-up walks the team member by member. Add the people of this workspace first.</p>
        </EmptyState>
      </div>
    );
  }
  const current = days?.[index];
  const wrapUp = index >= members.length;
  return (
    <div className="view standup-view">
      <header className="view-header">
        <h1>Stand-up</h1>
        <p className="muted">
          {prettyDay(today)} · changes since {prettyDay(since)}
        </p>
      </header>
      <div className="standup-layout">
        <nav className="panel standup-team" aria-label="Team order">
          <h2>Team</h2>
          <ol>
            {members.map((m, i) => (
              <li key={m.id}>
                <button type="button" className={`standup-person${i === index ? ' is-current' : ''}${i < index ? ' is-done' : ''}`} aria-current={i === index ? 'step' : undefined} onClick={() => goTo(i)}>
                  <span className="avatar" aria-hidden="true">
                    {m.name.slice(0, 1).toUpperCase()}
                  </span>
                  {m.name}
                  {i < index && <span className="sr-only"> (done)</span>}
                </button>
              </li>
            ))}
            <li>
              <button type="button" className={`standup-person${wrapUp ? ' is-current' : ''}`} aria-current={wrapUp ? 'step' : undefined} onClick={() => goTo(members.length)}>
                Parking lot
              </button>
            </li>
          </ol>
          <label className="field standup-seconds">
            <span>Seconds per person</span>
            <input type="number" min={10} max={3600} step={10} value={secondsPerPerson} onChange={(e) => e.target.value && setSecondsPerPerson(Number(e.target.value))} />
          </label>
        </nav>
        <div className="standup-main">
          <section className="panel standup-turn" aria-labelledby="turn-heading">
            <div className="standup-turn-head">
              <h2 id="turn-heading">{wrapUp ? 'Parking lot' : current ? current.member.name : '…'}</h2>
              {!wrapUp && (
                <div className={`standup-clock${remaining < 0 ? ' is-over' : remaining <= 10 ? ' is-ending' : ''}`} role="timer" aria-label={`Time left for ${current?.member.name ?? ''}`}>
                  {formatClock(remaining)}
                </div>
              )}
              <div className="button-row">
                <button type="button" className="button" disabled={index === 0} onClick={() => void runAction('standup.previous')} title={`Previous (${formatShortcut('Shift+P')})`}>
                  Previous
                </button>
                {!wrapUp && (
                  <button type="button" className="button" onClick={() => void runAction('standup.toggle')} title={`${running ? 'Pause' : 'Start'} (${formatShortcut('Shift+S')})`}>
                    {running ? 'Pause' : 'Start'}
                  </button>
                )}
                {!wrapUp && (
                  <button type="button" className="button primary" onClick={() => void runAction('standup.next')} title={`Next (${formatShortcut('Shift+N')})`}>
                    {index === members.length - 1 ? 'Finish: parking lot' : 'Next person'}
                  </button>
                )}
              </div>
            </div>
            {/* The note field starts from the saved note: it waits for the day's notes to load. */}
            {!wrapUp && current && days && note !== undefined && <MemberTurn key={current.member.id} day={current} workspace={workspace} byId={byId} since={since} today={today} note={note} />}
            {wrapUp && <p className="muted">Everyone has spoken. Take the parked topics now, with just the people they concern.</p>}
          </section>
          <ParkingLot workspace={workspace} today={today} note={note ?? null} />
        </div>
      </div>
    </div>
  );
}

function ItemLine({ item, workspace, children }: { item: WorkItem; workspace: Workspace; children?: React.ReactNode }) {
  return (
    <li>
      <button type="button" className="link-button standup-item" onClick={() => openItem(item.id)}>
        <span className="standup-key">{itemKey(workspace, item)}</span> {item.title}
      </button>
      {children}
    </li>
  );
}

function MemberTurn({ day, workspace, byId, since, today, note }: { day: MemberDay; workspace: Workspace; byId: Map<string, WorkItem>; since: string; today: string; note: StandupNote | null }) {
  const statusName = (id: string | undefined) => (id === undefined ? 'new' : (workspace.workflow.find((s) => s.id === id)?.name ?? id));
  const describe = (move: Move) => {
    const parts: string[] = [];
    if (move.from !== move.to) parts.push(`${statusName(move.from)} → ${statusName(move.to)}`);
    if (move.sprint) parts.push(move.sprint.to ? 'added to a sprint' : 'taken out of its sprint');
    return parts.join(', ');
  };
  const blockers = (item: WorkItem) =>
    item.blockedBy
      .map((id) => byId.get(id))
      .filter((b): b is WorkItem => !!b)
      .map((b) => itemKey(workspace, b));
  return (
    <div className="standup-columns">
      <section aria-labelledby="moved-heading">
        <h3 id="moved-heading">Moved since {format(parseDay(since), 'EEEE')}</h3>
        {day.moved.length ? (
          <ul className="standup-list">
            {day.moved.map((m) => (
              <ItemLine key={m.item.id} item={m.item} workspace={workspace}>
                <span className="standup-move">{describe(m)}</span>
              </ItemLine>
            ))}
          </ul>
        ) : (
          <p className="muted">Nothing moved.</p>
        )}
      </section>
      <section aria-labelledby="progress-heading">
        <h3 id="progress-heading">In progress</h3>
        {day.inProgress.length ? (
          <ul className="standup-list">
            {day.inProgress.map((i) => (
              <ItemLine key={i.id} item={i} workspace={workspace} />
            ))}
          </ul>
        ) : (
          <p className="muted">Nothing in progress.</p>
        )}
      </section>
      <section aria-labelledby="blocked-heading">
        <h3 id="blocked-heading">Blocked</h3>
        {day.blocked.length ? (
          <ul className="standup-list is-blocked">
            {day.blocked.map((i) => (
              <ItemLine key={i.id} item={i} workspace={workspace}>
                <span className="standup-move">{[i.flagged ? 'flagged' : '', blockers(i).length ? `waits on ${blockers(i).join(', ')}` : ''].filter(Boolean).join('; ')}</span>
              </ItemLine>
            ))}
          </ul>
        ) : (
          <p className="muted">Nothing blocked.</p>
        )}
      </section>
      <NoteField member={day.member} workspace={workspace} today={today} saved={note?.notes[day.member.id] ?? ''} />
    </div>
  );
}

/** Notes save as you pause typing and when the turn moves on; one undo step per save. */
function NoteField({ member, workspace, today, saved }: { member: Member; workspace: Workspace; today: string; saved: string }) {
  const [text, setText] = useState(saved);
  const [state, setState] = useState<'saved' | 'editing' | 'saving'>('saved');
  const latest = useRef(text);
  latest.current = text;
  const save = () => {
    setState('saving');
    return saveStandupNote(workspace.id, today, member.id, member.name, latest.current)
      .then(() => setState('saved'))
      .catch(reportError);
  };
  useEffect(() => {
    if (state !== 'editing') return;
    const timer = setTimeout(() => void save(), 800);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [text, state]);
  // Moving to the next person unmounts the field: keep what was typed.
  useEffect(
    () => () => {
      if (latest.current !== saved) void saveStandupNote(workspace.id, today, member.id, member.name, latest.current).catch(reportError);
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
  return (
    <label className="field standup-note">
      <span>
        Notes for {member.name} <span className="muted">· {state === 'saved' ? 'saved' : state === 'saving' ? 'saving…' : 'editing'}</span>
      </span>
      <textarea
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setState('editing');
        }}
        onBlur={() => {
          if (state === 'editing') void save();
        }}
      />
    </label>
  );
}

function ParkingLot({ workspace, today, note }: { workspace: Workspace; today: string; note: StandupNote | null }) {
  const [topic, setTopic] = useState('');
  const topics = note?.parkingLot ?? [];
  return (
    <section className="panel standup-parking" aria-labelledby="parking-heading">
      <h2 id="parking-heading">Parking lot</h2>
      <form
        className="field-row"
        onSubmit={(e) => {
          e.preventDefault();
          if (!topic.trim()) return;
          const parked = topic;
          setTopic('');
          void addParkingTopic(workspace.id, today, parked).catch((error) => {
            setTopic((now) => now || parked);
            reportError(error);
          });
        }}
      >
        <TextField className="grow" label="Topic for after the stand-up" value={topic} placeholder="e.g. Retraining schedule for the churn model" onChange={setTopic} />
        <button type="submit" className="button" disabled={!topic.trim()}>
          Park it
        </button>
      </form>
      {topics.length ? (
        <ul className="standup-parked">
          {topics.map((t, i) => (
            <li key={`${i}-${t}`}>
              <span>{t}</span>
              <button type="button" className="link-button" onClick={() => void removeParkingTopic(workspace.id, today, i).catch(reportError)}>
                Done<span className="sr-only"> with {t}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">Nothing parked yet.</p>
      )}
    </section>
  );
}
