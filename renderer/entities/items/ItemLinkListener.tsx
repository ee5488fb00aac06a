import { useDesktopEvent } from '../../platform';
import { followItemLink } from './item-links';

/** Listens for sprintlab:// links the desktop app was opened with; renders nothing. */
export function ItemLinkListener() {
  useDesktopEvent('open-link', ({ link }) => void followItemLink(link));
  return null;
}
