import ReactMarkdown from 'react-markdown';

/**
 * Item descriptions are synced from other people's devices, so they are untrusted: raw HTML
 * is dropped (never parsed into elements) and react-markdown's URL filter removes
 * `javascript:` and similar links.
 */
export function Markdown({ text }: { text: string }) {
  return (
    <div className="ip-markdown">
      <ReactMarkdown skipHtml>{text}</ReactMarkdown>
    </div>
  );
}
