import { useEffect } from 'react';
import { findTemplate, phaseLabel, type RetroTemplate } from '@shared/retro';
import { ActionButton } from '../../kernel/actions/ActionButton';
import { EmptyState } from '../../kernel/views/EmptyState';
import { useRows } from '../../data/live-rows';
import { useCurrentWorkspace, useMembers } from '../../entities/workspaces/queries';
import { NewRetroDialog } from './NewRetroDialog';
import { RetroInsights } from './RetroInsights';
import { RetroSession } from './RetroSession';
import { useAllRetroGroups, useRetros } from './retro-queries';
import { useRetroStore } from './retro-slice';
import './retro.css';

/** Retrospectives: the list of retros with cross-retro insights, or the retro being run. */
export function RetroView() {
  const workspace = useCurrentWorkspace();
  const members = useMembers(workspace?.id ?? null);
  const retros = useRetros(workspace?.id ?? null);
  const groups = useAllRetroGroups(workspace?.id ?? null);
  const items = useRows('items', workspace?.id ?? null);
  const openRetroId = useRetroStore((s) => s.openRetroId);
  const openRetro = useRetroStore((s) => s.openRetro);

  // A retro deleted elsewhere (or in another workspace) closes instead of showing nothing.
  useEffect(() => {
    if (workspace && openRetroId && retros && !retros.some((r) => r.id === openRetroId)) openRetro(null);
  }, [workspace, openRetroId, retros, openRetro]);

  if (!workspace || !retros) return null;
  if (openRetroId && retros.some((r) => r.id === openRetroId)) {
    return <RetroSession workspace={workspace} members={members} retroId={openRetroId} retros={retros} />;
  }
  const name = (id: string | null) => members.find((m) => m.id === id)?.name ?? 'nobody';
  const custom = (workspace.retroTemplates ?? []) as RetroTemplate[];
  return (
    <div className="view">
      <header className="view-header retro-list-header">
        <div>
          <h1>Retrospectives</h1>
          <p className="muted">Facilitated live: private writing, reveal, group, vote, discuss, actions into the backlog.</p>
        </div>
        <ActionButton id="retro.new" className="button primary" />
      </header>
      {retros.length === 0 ? (
        <EmptyState title="No retros yet" action={<ActionButton id="retro.new" className="button primary" />}>
          <p>Start a retro from a template (Start/Stop/Continue, Sailboat, an AI-team board…) and run it on this laptop, one writer at a time.</p>
        </EmptyState>
      ) : (
        <ul className="retro-list" aria-label="Retros">
          {retros.map((retro) => (
            <li key={retro.id}>
              <button type="button" className="retro-list-item" onClick={() => openRetro(retro.id)}>
                <span className="retro-list-title">{retro.title}</span>
                <span className="muted">
                  {findTemplate(retro.templateId, custom)?.name ?? 'Custom'} · {retro.createdAt.slice(0, 10)} · facilitator {name(retro.facilitatorId)}
                  {retro.anonymous ? ' · anonymous' : ''}
                </span>
                <span className={`retro-phase-badge${retro.phase === 'close' ? ' done' : ''}`}>{retro.phase === 'close' ? 'closed' : phaseLabel(retro.phase)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {retros.length > 0 && <RetroInsights retros={retros} groups={groups ?? []} items={items ?? []} />}
      <NewRetroDialog workspace={workspace} members={members} />
    </div>
  );
}
