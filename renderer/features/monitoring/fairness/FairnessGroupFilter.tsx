import type { FairnessDraft } from './use-fairness-draft';

/**
 * Which groups (values of the sensitive columns) are compared: the rates, the gaps and the saved
 * report cover only these, as ProPublica compared two of COMPAS's six races.
 */
export function FairnessGroupFilter({ draft }: { draft: Pick<FairnessDraft, 'computed' | 'shownGroups' | 'setShownGroups'> }) {
  const { computed, shownGroups, setShownGroups } = draft;
  const all = computed.allGroups;
  if (all.length < 2) return null;
  const shown = shownGroups ?? all;
  const toggle = (group: string, on: boolean) => {
    const next = on ? all.filter((g) => g === group || shown.includes(g)) : shown.filter((g) => g !== group);
    setShownGroups(next.length === all.length ? null : next);
  };
  return (
    <fieldset className="panel fair-groups">
      <legend>Groups compared</legend>
      <div className="check-list">
        {all.map((group) => (
          <label key={group}>
            <input type="checkbox" checked={shown.includes(group)} onChange={(e) => toggle(group, e.target.checked)} /> {group}
          </label>
        ))}
      </div>
      <p className="muted" role="status">
        {shownGroups ? `${shown.length} of ${all.length} groups compared; the gaps are between these only.` : `All ${all.length} groups compared.`}
        {shownGroups && (
          <>
            {' '}
            <button type="button" className="link-button" onClick={() => setShownGroups(null)}>
              Compare all groups
            </button>
          </>
        )}
      </p>
    </fieldset>
  );
}
