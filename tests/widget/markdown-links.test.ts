import { describe, expect, it } from 'vitest';
import type { VNode } from 'preact';
import { Markdown, safeHref } from '../../ui/Markdown.tsx';

const HOSTILE = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  ' javascript:alert(1)',
  '\u0001javascript:alert(1)',
  '\u00A0javascript:alert(1)',
  'javascript\u0000:alert(1)',
  'javascript&#58;alert(1)',
  'jav&#x09;ascript:alert(1)',
  '&#106;avascript:alert(1)',
  '%6Aavascript:alert(1)',
  'ｊavascript:alert(1)',
  'javascript://example.com/%0Aalert(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'blob:https://example.com/uuid',
  'file:///etc/passwd',
  '//evil.example/x',
  '/relative',
  'https://bank.example@evil.example/login',
  'https://user:pass@example.com/',
];

/** Every href in a rendered vnode tree. */
function hrefs(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(hrefs);
  if (!node || typeof node !== 'object') return [];
  const v = node as VNode<{ href?: string; children?: unknown }>;
  if (typeof v.type === 'function') return hrefs((v.type as (p: unknown) => unknown)(v.props));
  return [...(v.props.href === undefined ? [] : [v.props.href]), ...hrefs(v.props.children)];
}

describe('bot-answer links', () => {
  it('refuse every scheme but https, http, mailto and tel, in any case, encoding or whitespace form', () => {
    for (const raw of HOSTILE) expect(safeHref(raw), JSON.stringify(raw)).toBeNull();
  });

  it('keep safe targets, normalised (quotes and brackets percent-encoded)', () => {
    expect(safeHref('https://example.com/help')).toBe('https://example.com/help');
    expect(safeHref('HTTP://Example.com/a"onmouseover=x')).toBe('http://example.com/a%22onmouseover=x');
    expect(safeHref('mailto:help@example.com')).toBe('mailto:help@example.com');
    expect(safeHref('tel:+8695555')).toBe('tel:+8695555');
  });

  it('render a refused link as its text only', () => {
    const tree = Markdown({ text: HOSTILE.map((t, i) => `- [x${i}](${t})`).join('\n') + '\n[ok](https://example.com/)' });
    expect(hrefs(tree)).toEqual(['https://example.com/']);
  });
});
