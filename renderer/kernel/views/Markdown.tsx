import ReactMarkdown from 'react-markdown';
import remarkGfm from 'remark-gfm';

/**
 * Markdown from other people's devices (descriptions, retro and poker summaries) is untrusted:
 * raw HTML is dropped (never parsed into elements) and react-markdown's URL filter removes
 * `javascript:` and similar links. GitHub's tables are drawn (the summaries' action and
 * estimate tables).
 */
export function Markdown({ text, className = 'ip-markdown' }: { text: string; className?: string }) {
  return (
    <div className={className}>
      <ReactMarkdown skipHtml remarkPlugins={[remarkGfm]}>{text}</ReactMarkdown>
    </div>
  );
}
