export { escapeMarkdown, escapeMarkdownCell, markdownLinkTarget } from './escape';
export { safeUserMarkdown } from './user-markdown';
