import type { ComponentChildren } from 'preact';

/**
 * The bot answers' tiny markdown subset — **bold**, "- " list lines, [text](url) links — rendered as
 * Preact nodes. Text only ever becomes text nodes; link targets are limited to safe schemes.
 */
const SAFE_SCHEMES = new Set(['https:', 'http:', 'mailto:', 'tel:']);
const INLINE = /\*\*(.+?)\*\*|\[([^\]\n]+)\]\(([^)\s]+)\)/g;

/**
 * The link target to render, or null to render the link text alone. Parsed by the WHATWG URL parser (so
 * `JaVaScRiPt:`, `java\tscript:` and leading control characters are seen for what they are); relative
 * and entity-encoded targets fail to parse; `https://bank.example@evil.example` (credentials) is refused.
 */
export function safeHref(raw: string): string | null {
  try {
    const url = new URL(raw);
    return SAFE_SCHEMES.has(url.protocol) && !url.username && !url.password ? url.href : null;
  } catch {
    return null;
  }
}

function inline(text: string): ComponentChildren[] {
  const out: ComponentChildren[] = [];
  let last = 0;
  for (const m of text.matchAll(INLINE)) {
    if (m.index > last) out.push(text.slice(last, m.index));
    if (m[1] !== undefined) out.push(<strong>{m[1]}</strong>);
    else {
      const href = safeHref(m[3]!);
      out.push(href ? <a href={href} target="_blank" rel="noopener noreferrer nofollow">{m[2]}</a> : m[2]);
    }
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

export function Markdown({ text }: { text: string }) {
  const blocks: ComponentChildren[] = [];
  let list: string[] = [];
  const flush = () => {
    if (list.length) blocks.push(<ul>{list.map((item) => <li>{inline(item)}</li>)}</ul>);
    list = [];
  };
  for (const line of text.split('\n')) {
    const item = /^\s*[-*]\s+(.*)$/.exec(line);
    if (item) {
      list.push(item[1]!);
      continue;
    }
    flush();
    if (line.trim()) blocks.push(<p>{inline(line)}</p>);
  }
  flush();
  return <>{blocks}</>;
}
