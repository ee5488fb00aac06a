/**
 * Text from data (synced, imported, typed by anyone in the workspace) placed into Markdown that we
 * write. One escape for every Markdown writer, so no writer can forget a character.
 */

/** Characters that start emphasis, code, links and images, tables, raw HTML, headings and strikethrough. */
const INLINE_SPECIAL = /[\\`*_{}[\]<>|~#&]/g;

/**
 * One line of literal text: line breaks fold into spaces (a newline could start a heading, a list
 * or a table row), Markdown's special characters are backslash-escaped, and a line-start marker
 * (list, ordered list, setext underline) is defused in case the text begins a line.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s*(?:\r\n?|\n|\u2028|\u2029)\s*/g, ' ')
    .trim()
    .replace(INLINE_SPECIAL, '\\$&')
    .replace(/^[-+](?=\s|$)|^[-=](?=[-=\s]*$)/, '\\$&')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

/** A table cell: escaped, and never empty (an empty cell would shift GitHub's columns in some renderers). */
export const escapeMarkdownCell = (text: string): string => escapeMarkdown(text) || ' ';

/** A link target we write ourselves (a file name): percent-encoded, parentheses included, so it cannot end the link early. */
export const markdownLinkTarget = (target: string): string =>
  encodeURI(target).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
