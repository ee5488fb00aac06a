import { useMemo } from 'react';
import type { Workspace } from '@shared/domain';
import { isBlocked } from '@shared/work';
import { useItems } from '../../entities/items/item-queries';
import { useSprints } from '../../entities/sprints/sprint-queries';
import { useMembers } from '../../entities/workspaces/queries';
import { buildGroups, flattenRows, isFiltering, itemFilter, searchIndex, type BacklogFilters, type GroupId } from './backlog-model';

/** The backlog's rows: sprint groups and the backlog, filtered and flattened for the virtual list, memoised per change. */
export function useBacklogData(workspace: Workspace, filters: BacklogFilters, collapsed: Readonly<Record<GroupId, boolean>>) {
  const items = useItems(workspace.id);
  const allSprints = useSprints(workspace.id);
  const members = useMembers(workspace.id);
  const sprints = useMemo(() => (allSprints ?? []).filter((s) => s.state !== 'completed'), [allSprints]);
  const itemMap = useMemo(() => new Map((items ?? []).map((i) => [i.id, i])), [items]);
  const memberMap = useMemo(() => new Map(members.map((m) => [m.id, m])), [members]);
  const labels = useMemo(() => [...new Set((items ?? []).flatMap((i) => i.labels))].sort(), [items]);
  // Built once per data change; a keystroke then only runs `includes` over precomputed strings.
  const index = useMemo(() => searchIndex(items ?? [], workspace.key), [items, workspace.key]);
  const allGroups = useMemo(() => buildGroups(items ?? [], sprints, workspace), [items, sprints, workspace]);
  const filtering = isFiltering(filters);
  const groups = useMemo(() => (filtering ? buildGroups(items ?? [], sprints, workspace, itemFilter(filters, index)) : allGroups), [filtering, items, sprints, workspace, filters, index, allGroups]);
  const rows = useMemo(() => flattenRows(groups, collapsed), [groups, collapsed]);
  const visibleItems = useMemo(() => rows.flatMap((r) => (r.kind === 'item' ? [r.item] : [])), [rows]);
  // Only items with a flag or a dependency can be blocked: skip the rest without a lookup.
  const blockedIds = useMemo(
    () => new Set((items ?? []).filter((i) => (i.flagged || i.blockedBy.length > 0) && isBlocked(i, itemMap, workspace.workflow)).map((i) => i.id)),
    [items, itemMap, workspace.workflow],
  );
  const totalPoints = useMemo(() => visibleItems.reduce((s, i) => s + (i.estimate ?? 0), 0), [visibleItems]);

  return { items, allSprints, members, sprints, itemMap, memberMap, labels, allGroups, groups, filtering, rows, visibleItems, blockedIds, totalPoints };
}
