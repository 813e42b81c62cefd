import type { ConversationStatus } from '../../protocol/index.ts';
import type { Conversation } from './types.ts';

export interface ConversationRow {
  id: string;
  visitor_id: string;
  status: ConversationStatus;
  locale: string;
  last_seq: number;
  created_at: number;
  updated_at: number;
  agent_id: string | null;
  waiting_since: number | null;
  page_url: string | null;
  user_agent: string | null;
  state_version: number;
  site: string | null;
}

export const toConversation = (r: ConversationRow): Conversation => ({
  id: r.id,
  visitorId: r.visitor_id,
  status: r.status,
  locale: r.locale,
  lastSeq: r.last_seq,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  agentId: r.agent_id,
  waitingSince: r.waiting_since,
  pageUrl: r.page_url,
  userAgent: r.user_agent,
  stateVersion: r.state_version,
  site: r.site,
});
