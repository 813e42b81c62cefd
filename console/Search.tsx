import { useEffect, useRef, useState } from 'preact/hooks';
import type { ConversationSummary, SearchResponse, SearchResult } from '../protocol/index.ts';
import { holderName } from './holder.ts';
import { api } from './api.ts';
import { formatWhen, t } from './i18n.ts';
import { pressed } from './shortcuts.ts';
import { visitorLanguage } from './visitor-language.ts';

/** Characters of context kept before the first marked word. */
const LEAD = 24;

/**
 * The message around its first match, the matched words in <mark>. A bot answer is markdown, rendered in the
 * transcript: its bold marks (`**`) are not words and are left out here (the offsets are the stored text's).
 */
function Snippet({ text, highlight, markdown }: { text: string; highlight: SearchResult['highlight']; markdown: boolean }) {
  const words = (from: number, to?: number) => (markdown ? text.slice(from, to).replaceAll('**', '') : text.slice(from, to));
  const start = highlight.length && highlight[0]![0] > LEAD ? highlight[0]![0] - LEAD : 0;
  const parts = [];
  let at = start;
  for (const [a, b] of highlight) {
    if (b <= start) continue;
    parts.push(words(at, Math.max(a, at)), <mark key={a}>{words(Math.max(a, at), b)}</mark>);
    at = b;
  }
  parts.push(words(at));
  return <span class="snippet">{start > 0 && '…'}{parts}</span>;
}

function what(r: SearchResult) {
  if (r.message) return <Snippet text={r.message.text} highlight={r.highlight} markdown={r.message.author === 'bot'} />;
  return <span class="snippet">{t(r.field === 'contact' ? 'search_by_contact' : 'search_by_visitor')}</span>;
}

/** The dot between two words of a row's meta line, its own item: as far from the word before as from the one after. */
export const RowSep = () => <span class="row-sep" aria-hidden="true">·</span>;

/**
 * The inbox's search over all history (GET /api/v1/search): an `<input type="search">` at the top of the list;
 * while it holds words, the matches cover the list, newest first; opening one shows the conversation.
 * Escape or clearing the box brings the list back.
 */
export function Search({ nameOf, meId, selectedId, onOpen }: { nameOf(c: ConversationSummary): string; meId: string; selectedId: string | null; onOpen(c: ConversationSummary): void }) {
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<{ query: string; body: SearchResponse } | { query: string; error: string } | null>(null);
  const asked = useRef('');
  useEffect(() => {
    const q = query.trim();
    asked.current = q;
    if (!q) return setFound(null);
    const timer = setTimeout(async () => {
      const r = await api<SearchResponse>('GET', `/api/v1/search?q=${encodeURIComponent(q)}`);
      if (asked.current !== q) return; // typed on since
      setFound(r.ok ? { query: q, body: r.data } : { query: q, error: r.message });
    }, 250);
    return () => clearTimeout(timer);
  }, [query]);

  const results = found && 'body' in found ? found.body.results : null;
  return (
    <>
      <form noValidate role="search" class="search-bar" onSubmit={(e) => e.preventDefault()}>
        <input
          type="search"
          name="q"
          value={query}
          maxLength={200}
          aria-label={t('search_label')}
          placeholder={t('search_placeholder')}
          onInput={(e) => setQuery(e.currentTarget.value)}
          onKeyDown={(e) => pressed(e, 'search_clear') && setQuery('')}
        />
      </form>
      {query.trim() && (
        <div class="search-results" aria-live="polite" aria-busy={found?.query !== query.trim()}>
          <p class="search-summary">
            {found && 'error' in found ? found.error : results ? t(results.length ? 'search_count' : 'search_none', { count: results.length }) : t('search_searching')}
          </p>
          {results && results.length > 0 && (
            <ul class="conversation-list">
              {results.map((r) => (
                <li key={r.conversation.id} class={r.conversation.id === selectedId ? 'selected' : ''}>
                  <button type="button" class="conversation-item search-hit" data-field={r.field} onClick={() => onOpen(r.conversation)}>
                    <span class="row-top">
                      <strong class="visitor-name">{nameOf(r.conversation)}</strong>
                      <time class="when" dateTime={new Date(r.at).toISOString()}>{formatWhen(r.at)}</time>
                    </span>
                    {what(r)}
                    <span class="row-meta">
                      <span class="badge">{visitorLanguage(r.conversation)}</span>
                      <span>{t(`status_${r.conversation.status}`)}</span>
                      {r.conversation.agentName && <><RowSep /><span>{holderName(r.conversation, meId)}</span></>}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </>
  );
}
