import type { ComponentType } from 'react';
import type { Member, Sprint, WorkItem, Workspace } from '@shared/domain';
import { defineDialog, type DialogProps } from '../../kernel/dialogs/dialog-stack';
import { useItems } from '../../entities/items/item-queries';
import { useSprints } from '../../entities/sprints/sprint-queries';
import { useCurrentWorkspace, useMembers } from '../../entities/workspaces/queries';

/** What the sprint dialogs work from: the open workspace's live sprints, items and members. */
export interface SprintContext {
  workspace: Workspace;
  sprints: Sprint[];
  items: WorkItem[];
  members: Member[];
}

export function useSprintContext(): SprintContext | null {
  const workspace = useCurrentWorkspace();
  const sprints = useSprints(workspace?.id ?? null);
  const items = useItems(workspace?.id ?? null);
  const members = useMembers(workspace?.id ?? null);
  return workspace && sprints && items ? { workspace, sprints, items, members } : null;
}

export interface SprintDialogProps extends SprintContext {
  sprint: Sprint;
  onClose(): void;
}

/**
 * A dialog about one sprint, on the kernel's dialog stack: opened with the sprint's id, it draws
 * from the live rows, so it never shows a sprint as it was when the dialog opened.
 */
export function defineSprintDialog(name: string, Body: ComponentType<SprintDialogProps>) {
  function SprintDialog({ sprintId, onClose }: { sprintId: string } & DialogProps) {
    const context = useSprintContext();
    const sprint = context?.sprints.find((s) => s.id === sprintId);
    return context && sprint ? <Body {...context} sprint={sprint} onClose={onClose} /> : null;
  }
  return defineDialog<{ sprintId: string }>(name, SprintDialog);
}
