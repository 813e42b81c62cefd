import { describe, expect, it } from 'vitest';
import { NameTakenError } from '../../../server/storage/team-types.ts';
import { bySystem, newAgent, visitorWithConversation, type ContractContext } from './context.ts';

const BY_SYSTEM = { actor: 'system', agentId: null } as const;
const HOURS = { timezone: 'Asia/Shanghai', weekly: { mon: [['09:00', '18:00']] as [string, string][] }, holidays: ['2026-12-25'] };

/** Labels, teams with members, and the inbox's filters by status, team and label. */
export function teamsContract(ctx: ContractContext): void {
  describe('labels and teams', () => {
    it('keeps labels unique by name (any case), renames them, and takes a deleted one off every conversation', async () => {
      const { storage: s } = await ctx.fresh();
      const { conversation: c } = await visitorWithConversation(s);
      const refund = await s.createLabel({ name: 'Refund', topics: ['refund'] });
      const vip = await s.createLabel({ name: 'VIP', topics: [] });
      await expect(s.createLabel({ name: 'refund', topics: [] })).rejects.toBeInstanceOf(NameTakenError);
      await expect(s.updateLabel(vip.id, { name: 'REFUND', topics: [] })).rejects.toBeInstanceOf(NameTakenError);
      expect(await s.updateLabel('no-such-label', { name: 'x', topics: [] })).toBeNull();
      expect(await s.updateLabel(vip.id, { name: 'Priority', topics: ['fraud', 'scam'] })).toEqual({ id: vip.id, name: 'Priority', topics: ['fraud', 'scam'] });
      expect((await s.listLabels()).map((l) => l.name)).toEqual(['Priority', 'Refund']);

      expect(await s.setConversationLabel(c.id, refund.id, true, BY_SYSTEM)).toBe(true);
      expect(await s.setConversationLabel(c.id, refund.id, true, BY_SYSTEM)).toBe(false); // already on
      expect(await s.setConversationLabel(c.id, vip.id, true, BY_SYSTEM)).toBe(true);
      expect(await s.conversationLabelIds(c.id)).toEqual([refund.id, vip.id]);
      expect(await s.setConversationLabel(c.id, refund.id, false, BY_SYSTEM)).toBe(true);
      expect(await s.setConversationLabel(c.id, refund.id, false, BY_SYSTEM)).toBe(false);
      expect(await s.deleteLabel(vip.id)).toBe(true);
      expect(await s.deleteLabel(vip.id)).toBe(false);
      expect(await s.conversationLabelIds(c.id)).toEqual([]);
    });

    it('stores a team with its members in order, topics and hours; replaces them on update; a deleted team frees its queue', async () => {
      const { storage: s } = await ctx.fresh();
      const [ann, bob, cat] = [await newAgent(s, 'ann'), await newAgent(s, 'bob'), await newAgent(s, 'cat')];
      const fraud = await s.createTeam({ name: 'Security and fraud', memberIds: [cat.id, ann.id, cat.id], topics: ['fraud'], hours: HOURS });
      expect(fraud).toMatchObject({ name: 'Security and fraud', memberIds: [cat.id, ann.id], topics: ['fraud'], hours: HOURS });
      await expect(s.createTeam({ name: 'SECURITY AND FRAUD', memberIds: [], topics: [], hours: null })).rejects.toBeInstanceOf(NameTakenError);
      const refunds = await s.createTeam({ name: 'Refunds', memberIds: [], topics: [], hours: null });
      expect(refunds.memberIds).toEqual([]);
      const updated = await s.updateTeam(fraud.id, { name: 'Fraud', memberIds: [bob.id], topics: [], hours: null });
      expect(updated).toEqual({ id: fraud.id, name: 'Fraud', memberIds: [bob.id], topics: [], hours: null });
      expect(await s.updateTeam('no-such-team', { name: 'x', memberIds: [], topics: [], hours: null })).toBeNull();
      expect((await s.listTeams()).map((t) => t.name)).toEqual(['Fraud', 'Refunds']);

      // A removed agent leaves the team.
      await s.deleteAgent(bob.id);
      expect((await s.listTeams()).find((t) => t.id === fraud.id)!.memberIds).toEqual([]);

      const { conversation: c } = await visitorWithConversation(s);
      expect((await s.setConversationTeam(c.id, fraud.id, BY_SYSTEM))!.teamId).toBe(fraud.id);
      expect((await s.getConversation(c.id))!.teamId).toBe(fraud.id);
      expect(await s.setConversationTeam('no-such-conversation', fraud.id, BY_SYSTEM)).toBeNull();
      expect(await s.deleteTeam(fraud.id)).toBe(true);
      expect((await s.getConversation(c.id))!.teamId).toBeNull();
    });

    it('logs each real label and team change with who made it and the names as they were; no change, no row', async () => {
      const { storage: s } = await ctx.fresh();
      const ann = await newAgent(s, 'ann');
      const byAnn = { actor: 'agent', agentId: ann.id } as const;
      const { conversation: c } = await visitorWithConversation(s);
      const refund = await s.createLabel({ name: 'Refund', topics: [] });
      const fraud = await s.createTeam({ name: 'Fraud', memberIds: [], topics: [], hours: null });
      await s.setConversationTeam(c.id, fraud.id, BY_SYSTEM);
      await s.setConversationTeam(c.id, fraud.id, byAnn); // already there
      await s.setConversationLabel(c.id, refund.id, true, byAnn);
      await s.setConversationLabel(c.id, refund.id, true, byAnn); // already on
      await s.updateLabel(refund.id, { name: 'Refunds', topics: [] });
      await s.setConversationLabel(c.id, refund.id, false, byAnn);
      await s.setConversationTeam(c.id, null, byAnn);
      const rows = (await s.listConversationEvents(c.id)).map((e) => ({
        type: e.type, actor: e.actor, agentName: e.agentName, labelId: e.labelId, labelName: e.labelName,
        fromTeamId: e.fromTeamId, fromTeamName: e.fromTeamName, toTeamId: e.toTeamId, toTeamName: e.toTeamName,
      }));
      const none = { labelId: null, labelName: null, fromTeamId: null, fromTeamName: null, toTeamId: null, toTeamName: null };
      expect(rows).toEqual([
        { ...none, type: 'team_changed', actor: 'system', agentName: null, toTeamId: fraud.id, toTeamName: 'Fraud' },
        { ...none, type: 'label_added', actor: 'agent', agentName: 'ann', labelId: refund.id, labelName: 'Refund' },
        { ...none, type: 'label_removed', actor: 'agent', agentName: 'ann', labelId: refund.id, labelName: 'Refunds' },
        { ...none, type: 'team_changed', actor: 'agent', agentName: 'ann', fromTeamId: fraud.id, fromTeamName: 'Fraud' },
      ]);
    });

    it('finds conversations by status, team (or none), label and holder, newest activity first', async () => {
      const { storage: s } = await ctx.fresh();
      const team = await s.createTeam({ name: 'Refunds', memberIds: [], topics: [], hours: null });
      const label = await s.createLabel({ name: 'Refund', topics: [] });
      const { conversation: a } = await visitorWithConversation(s, 'a');
      const { conversation: b } = await visitorWithConversation(s, 'b');
      const { conversation: c } = await visitorWithConversation(s, 'c');
      await s.transitionConversation(a.id, { status: 'bot', agentId: null }, { status: 'waiting', agentId: null }, bySystem('waiting'));
      await s.transitionConversation(b.id, { status: 'bot', agentId: null }, { status: 'waiting', agentId: null }, bySystem('waiting'));
      await s.setConversationTeam(a.id, team.id, BY_SYSTEM);
      await s.setConversationTeam(c.id, team.id, BY_SYSTEM);
      await s.setConversationLabel(b.id, label.id, true, BY_SYSTEM);
      await s.setConversationLabel(c.id, label.id, true, BY_SYSTEM);
      const ids = async (filter: Parameters<typeof s.findConversations>[0]) => (await s.findConversations(filter, 10)).map((x) => x.id).sort();
      expect(await ids({})).toEqual([a.id, b.id, c.id].sort());
      expect(await ids({ status: 'waiting' })).toEqual([a.id, b.id].sort());
      expect(await ids({ teamId: team.id })).toEqual([a.id, c.id].sort());
      expect(await ids({ teamId: null })).toEqual([b.id]);
      expect(await ids({ labelId: label.id })).toEqual([b.id, c.id].sort());
      expect(await ids({ status: 'waiting', teamId: team.id })).toEqual([a.id]);
      expect(await ids({ status: 'bot', teamId: team.id, labelId: label.id })).toEqual([c.id]);
      expect(await s.findConversations({}, 2)).toHaveLength(2);
      const ann = await s.createAgent({ email: 'ann@example.com', name: 'Ann', role: 'agent', passwordHash: 'x', maxChats: 5 });
      await s.transitionConversation(a.id, { status: 'waiting', agentId: null }, { status: 'assigned', agentId: ann.id }, bySystem('assigned'));
      expect(await ids({ status: 'assigned', agentId: ann.id })).toEqual([a.id]);
      expect(await ids({ agentId: 'someone-else' })).toEqual([]);
    });
  });
}
