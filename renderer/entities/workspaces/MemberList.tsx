import type { Member } from '@shared/domain';

/** The team as a list of avatar, name and role; `onRemove` adds a Remove button per member. */
export function MemberList({ members, onRemove }: { members: Member[]; onRemove?: (member: Member) => void }) {
  return (
    <ul className="member-list">
      {members.map((m) => (
        <li key={m.id}>
          <span className="avatar" aria-hidden="true">
            {m.name.slice(0, 1).toUpperCase()}
          </span>
          <span>{m.name}</span>
          <span className="muted">{m.role}</span>
          {onRemove && (
            <button type="button" className="link-button" onClick={() => onRemove(m)}>
              Remove<span className="sr-only"> {m.name}</span>
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
