import type { SiteSettings } from '../../protocol/index.ts';

/** One chat an agent took: how long the visitor waited for the claim, and how long the agent had it (null: still). */
export interface ServiceTime {
  claimedAt: number;
  waitedMs: number;
  handledMs: number | null;
}

/** Admin-edited site settings (they win over the KEFU_SITES file) and the measured service times. */
export interface SiteStore {
  /** The sites with stored settings. */
  storedSites(): Promise<string[]>;
  getSiteSettings(site: string): Promise<{ settings: SiteSettings; updatedAt: number } | null>;
  putSiteSettings(site: string, settings: SiteSettings, agentId: string | null): Promise<number>;
  /** Forget the stored settings: the file's (if any) are in force again. */
  deleteSiteSettings(site: string): Promise<boolean>;
  /** An agent took the conversation at `claimedAt` after the visitor waited `waitedMs`. */
  startService(conversationId: string, claimedAt: number, waitedMs: number): Promise<void>;
  /** The agent's turn ended (closed, handed back): its handling time is measured. */
  endService(conversationId: string, endedAt: number): Promise<void>;
  /** The newest service times, claimed since `since`, at most `limit`. */
  recentServiceTimes(since: number, limit: number): Promise<ServiceTime[]>;
}
