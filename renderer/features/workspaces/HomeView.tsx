import { useLiveQuery } from 'dexie-react-hooks';
import { ActionButton } from '../../kernel/actions/ActionButton';
import { EmptyState } from '../../kernel/views/EmptyState';
import { useAppStore } from '../../kernel/store';
import { session } from '../../data/session';
import { MemberList } from '../../entities/workspaces/MemberList';
import { useMembers, useWorkspace, useWorkspaces } from '../../entities/workspaces/queries';

const counted = ['items', 'sprints', 'experiments', 'models', 'risks'] as const;
const nouns: Record<(typeof counted)[number], string> = { items: 'work items', sprints: 'sprints', experiments: 'experiments', models: 'models', risks: 'risks' };

function useCounts(workspaceId: string | null) {
  return useLiveQuery(async () => {
    if (!workspaceId) return null;
    const out: Record<string, number> = {};
    for (const name of counted) {
      out[name] = await session().db.entity(name).where('_live').equals(workspaceId).count();
    }
    return out;
  }, [workspaceId]);
}

export function HomeView() {
  const workspaces = useWorkspaces();
  const workspaceId = useAppStore((s) => s.workspaceId);
  const workspace = useWorkspace(workspaceId);
  const members = useMembers(workspaceId);
  const counts = useCounts(workspaceId);

  if (workspaces === undefined) return null;
  if (!workspaces.length || !workspace) {
    return (
      <EmptyState
        title={workspaces.length ? 'Choose a workspace' : 'Welcome to Sprintlab'}
        action={
          <>
            <ActionButton id="workspace.new" className="button primary" />
            <ActionButton id="backup.restore" />
          </>
        }
      >
        <p>Plan the path from pilot to production: backlog and sprints, experiments tied to real runs, models, monitoring, retros and risks — all on this laptop, offline.</p>
        <p>
          {workspaces.length
            ? 'Pick one in the sidebar, or create another for a new team.'
            : 'Start by creating a workspace for your team, or restore one from a backup file.'}
        </p>
      </EmptyState>
    );
  }
  return (
    <div className="view">
      <header className="view-header">
        <h1>{workspace.name}</h1>
        <p className="muted">
          Items are keyed {workspace.key}-1, {workspace.key}-2, … · {members.length} member{members.length === 1 ? '' : 's'}
        </p>
      </header>
      <section aria-labelledby="counts-heading" className="card-grid">
        <h2 id="counts-heading" className="sr-only">
          What this workspace holds
        </h2>
        {counted.map((name) => (
          <div className="stat" key={name}>
            <span className="stat-value">{counts?.[name] ?? 0}</span>
            <span className="stat-label">{nouns[name]}</span>
          </div>
        ))}
      </section>
      <section aria-labelledby="team-heading" className="panel">
        <h2 id="team-heading">Team</h2>
        {members.length ? (
          <MemberList members={members} />
        ) : (
          <p className="muted">No members yet. Add the people who plan and run this work in Settings.</p>
        )}
      </section>
    </div>
  );
}
