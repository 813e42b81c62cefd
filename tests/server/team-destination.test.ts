import { describe, expect, it } from 'vitest';
import type { ChatMessage, Team } from '../../protocol/index.ts';
import type { FaqSource } from '../../server/services/conversations.ts';
import { createTeamDirectory } from '../../server/services/teams.ts';
import type { Conversation, Storage } from '../../server/storage/types.ts';

/**
 * The team a conversation goes to is asked for every state sent to a visitor (each hello included: a node's
 * death reconnects thousands at once). Its messages are read only when a team could be suggested by them.
 */
describe('team destination', () => {
  const conversation = (lastSeq: number): Conversation =>
    ({ id: 'c1', visitorId: 'v1', status: 'bot', locale: 'en', lastSeq, teamId: null, site: null }) as Conversation;
  const answer = { id: 'm2', conversationId: 'c1', seq: 2, author: 'bot', authorName: null, text: 'report it here', clientId: null, createdAt: 1, bot: { kind: 'answer', faqId: 'scam-report', confidence: 0.9, locale: 'en', suggestions: [] } } as ChatMessage;
  const team = (topics: string[]): Team => ({ id: 't1', name: 'Fraud', memberIds: [], topics, hours: null });
  const faq = { current: () => ({ pack: { entries: [{ id: 'scam-report', tags: ['fraud'] }] } }) } as unknown as FaqSource;

  function directoryWith(teams: Team[]) {
    const reads: string[] = [];
    const storage = {
      listLabels: async () => [],
      listTeams: async () => teams,
      listMessages: async (id: string) => {
        reads.push(id);
        return [answer];
      },
    } as unknown as Storage;
    return { directory: createTeamDirectory({ storage, faq }), reads };
  }

  it('reads no messages with no team, or no team with topics', async () => {
    for (const teams of [[], [team([])]]) {
      const { directory, reads } = directoryWith(teams);
      expect(await directory.destination(conversation(5))).toBeNull();
      expect(reads).toEqual([]);
    }
  });

  it('reads no messages of a conversation with none yet', async () => {
    const { directory, reads } = directoryWith([team(['fraud'])]);
    expect(await directory.destination(conversation(0))).toBeNull();
    expect(reads).toEqual([]);
  });

  it("sends a conversation to the team whose topics hold the bot's last answer", async () => {
    const { directory, reads } = directoryWith([team(['fraud'])]);
    expect((await directory.destination(conversation(2)))?.id).toBe('t1');
    expect(reads).toEqual(['c1']);
  });
});
