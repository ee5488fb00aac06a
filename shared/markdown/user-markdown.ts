import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes } from 'mdast';
import { escapeMarkdown } from './escape';

/**
 * Markdown a person wrote (a report summary), kept as Markdown — headings, lists, emphasis and
 * links stay — but with nothing that acts on its own when the file is viewed: raw HTML (`<script>`,
 * `<img onerror>`, `<iframe>`) is escaped into visible text and images become plain links, so a
 * viewer never fetches a remote picture (a tracking pixel) from a synced summary.
 *
 * CommonMark's own parser (micromark, via mdast-util-from-markdown) finds the HTML and images, so
 * code spans, code blocks and escapes are judged exactly as a renderer will judge them.
 */
export function safeUserMarkdown(markdown: string): string {
  let text = markdown;
  // Each pass defuses what the parser found; a second pass proves the result is clean.
  for (let pass = 0; pass < 4; pass++) {
    const edits = unsafeSpans(text);
    if (edits.length === 0) return text;
    for (const edit of edits.sort((a, b) => b.start - a.start)) {
      const span = text.slice(edit.start, edit.end);
      const defused = edit.kind === 'html' ? span.replace(/</g, '\\<') : `\\${span}`;
      text = text.slice(0, edit.start) + defused + text.slice(edit.end);
    }
  }
  // Never reached by any input we know of; if it were, every line becomes literal text.
  return markdown.split(/\r\n?|\n/).map(escapeMarkdown).join('\n');
}

interface UnsafeSpan {
  kind: 'html' | 'image';
  start: number;
  end: number;
}

function unsafeSpans(text: string): UnsafeSpan[] {
  const spans: UnsafeSpan[] = [];
  const visit = (node: Nodes) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start !== undefined && end !== undefined) {
      if (node.type === 'html') spans.push({ kind: 'html', start, end });
      // Only the "!" needs escaping: what is left is a link (or a reference) to the same address.
      if (node.type === 'image' || node.type === 'imageReference') spans.push({ kind: 'image', start, end: start + 1 });
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(fromMarkdown(text));
  return spans;
}
