import { ChatMessage, ConversationSummary, type SearchResult } from '../../protocol/index.ts';
import type { Agent } from '../storage/agent-types.ts';
import { highlightRanges, historySearch } from '../storage/search-types.ts';
import type { Storage } from '../storage/types.ts';
import type { HandoffService } from './handoff.ts';
import { mayRevealPersonalData } from './personal-data.ts';
import { maskBySchema } from './mask-by-schema.ts';

export interface SearchService {
  /** Conversations from all history matching `query`, newest first, masked like every list agents see. */
  search(agent: Agent, query: string, limit: number): Promise<{ results: SearchResult[]; contactSearched: boolean }>;
}

/**
 * Search for the console. Who may reveal contact details (admins, agents with `canSeePersonalData`) may also
 * find a visitor by e-mail or phone; everyone else finds by message text, name and user id only, so a search
 * cannot be used to test whether an address belongs to someone. Results are masked for every role: seeing
 * a contact in full stays the audited reveal of one conversation.
 */
export function createSearchService(deps: { storage: Storage; handoff: HandoffService }): SearchService {
  const { storage, handoff } = deps;
  return {
    async search(agent, query, limit) {
      const contactSearched = mayRevealPersonalData(agent);
      const search = historySearch(query, { contact: contactSearched, limit });
      const hits = await storage.searchHistory(search);
      const results: SearchResult[] = [];
      for (const hit of hits) {
        const conversation = await storage.getConversation(hit.conversationId);
        if (!conversation) continue; // erased between the search and now
        const message = hit.message ? maskBySchema(ChatMessage, hit.message, agent.id) : null;
        const highlight = message ? highlightRanges(message.text, search.terms) : [];
        results.push({ conversation: maskBySchema(ConversationSummary, await handoff.summary(conversation), agent.id), field: hit.field, message, highlight, at: hit.at });
      }
      return { results, contactSearched };
    },
  };
}
