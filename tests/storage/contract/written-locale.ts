import { describe, expect, it } from 'vitest';
import { msg, visitorWithConversation, type ContractContext } from './context.ts';

/**
 * The language the visitor writes in: null until noted, changed only by a different one, read back by every conversation
 * read. The language the bot and the widget speak: followed from writing until the visitor chooses one.
 */
export function writtenLocaleContract(ctx: ContractContext): void {
  describe('the written language', () => {
    it('starts null, is stored by a different language only, and leaves the rest of the conversation as it was', async () => {
      const { storage: s, place } = await ctx.fresh();
      const { conversation: c } = await visitorWithConversation(s, 'hash-written');
      expect(c.writtenLocale).toBeNull();
      expect((await s.getConversation(c.id))?.writtenLocale).toBeNull();
      await s.appendMessage(msg(c.id, 'w-1', 'my card was charged twice'));
      const before = (await s.getConversation(c.id))!;

      expect(await s.noteWrittenLocale(c.id, 'en')).toEqual({ ...before, writtenLocale: 'en' });
      expect(await s.noteWrittenLocale(c.id, 'en')).toBeNull();
      expect(await s.noteWrittenLocale(c.id, 'ja')).toEqual({ ...before, writtenLocale: 'ja' });
      expect(await s.noteWrittenLocale('no-such-conversation', 'en')).toBeNull();

      const again = (await ctx.open(place)).storage;
      expect(await again.getConversation(c.id)).toEqual({ ...before, writtenLocale: 'ja' });
    });

    it('is read with the conversation by the inbox list, a resume, a bot turn and the visitor\'s open conversation', async () => {
      const { storage: s } = await ctx.fresh();
      const { visitor: v, conversation: c } = await visitorWithConversation(s, 'hash-written-reads');
      await s.appendMessage(msg(c.id, 'r-1', '我的卡被扣了两次'));
      await s.noteWrittenLocale(c.id, 'zh-CN');
      expect((await s.listConversations(null, 10)).find((x) => x.id === c.id)?.writtenLocale).toBe('zh-CN');
      expect((await s.resumeVisitor('hash-written-reads'))?.open?.writtenLocale).toBe('zh-CN');
      expect((await s.openConversation(v.id, 'en')).writtenLocale).toBe('zh-CN');
      const claimed = await s.claimBotTurns(c.id, 15_000);
      expect(claimed?.conversation.writtenLocale).toBe('zh-CN');
    });

    it("the bot's language: null while it is the widget's; a followed one stored when it changes what is spoken; a choice kept over every followed one", async () => {
      const { storage: s, place } = await ctx.fresh();
      const { conversation: c } = await visitorWithConversation(s, 'hash-bot-locale'); // an en widget
      expect(c).toMatchObject({ locale: 'en', botLocale: null, botLocaleChosen: false });
      // Writing the widget's own language changes nothing spoken.
      expect(await s.setBotLocale(c.id, 'en', false)).toBeNull();
      const before = (await s.getConversation(c.id))!;
      expect(await s.setBotLocale(c.id, 'zh-CN', false)).toEqual({ ...before, botLocale: 'zh-CN' });
      expect(await s.setBotLocale(c.id, 'zh-CN', false)).toBeNull();
      expect(await s.setBotLocale(c.id, 'en', false)).toEqual({ ...before, botLocale: 'en' });
      expect(await s.setBotLocale(c.id, 'zh-CN', false)).toEqual({ ...before, botLocale: 'zh-CN' });

      // The visitor chooses: stored even when it is what is spoken now; once chosen, no written language moves it.
      expect(await s.setBotLocale(c.id, 'zh-CN', true)).toEqual({ ...before, botLocale: 'zh-CN', botLocaleChosen: true });
      expect(await s.setBotLocale(c.id, 'zh-CN', true)).toBeNull();
      expect(await s.setBotLocale(c.id, 'en', true)).toEqual({ ...before, botLocale: 'en', botLocaleChosen: true });
      expect(await s.setBotLocale(c.id, 'ja', false)).toBeNull();
      expect(await s.setBotLocale(c.id, 'zh-CN', false)).toBeNull();
      expect(await s.setBotLocale('no-such-conversation', 'zh-CN', true)).toBeNull();

      const again = (await ctx.open(place)).storage;
      expect(await again.getConversation(c.id)).toEqual({ ...before, botLocale: 'en', botLocaleChosen: true });
      expect((await again.resumeVisitor('hash-bot-locale'))?.open).toMatchObject({ botLocale: 'en', botLocaleChosen: true });
    });

    it("a choice is kept with the visitor: their next conversation on a widget in that language starts in it, chosen; a followed language is not kept; a later choice replaces it", async () => {
      const { storage: s, place } = await ctx.fresh();
      const { visitor: v, conversation: first } = await visitorWithConversation(s, 'hash-kept-choice'); // an en widget
      const { visitor: other } = await visitorWithConversation(s, 'hash-kept-other');
      await s.setBotLocale(first.id, 'zh-CN', false); // followed from what they wrote: this conversation's only
      await s.setConversationStatus(first.id, 'closed');
      const second = await s.openConversation(v.id, 'en');
      expect(second).toMatchObject({ locale: 'en', botLocale: null, botLocaleChosen: false });

      // The way back on an English widget: English, chosen.
      expect(await s.setBotLocale(second.id, 'en', true)).toMatchObject({ botLocale: 'en', botLocaleChosen: true });
      // The open conversation is the same one: nothing new is made of the choice until it closes.
      expect(await s.openConversation(v.id, 'en')).toMatchObject({ id: second.id, botLocale: 'en' });
      await s.setConversationStatus(second.id, 'closed');
      const third = await s.openConversation(v.id, 'en');
      expect(third).toMatchObject({ locale: 'en', botLocale: 'en', botLocaleChosen: true });
      // Chosen again (a reconnect sends it again): nothing changes; another choice (a host's setLocale) replaces the kept one.
      expect(await s.setBotLocale(third.id, 'en', true)).toBeNull();
      expect(await s.setBotLocale(third.id, 'ja', true)).toMatchObject({ botLocale: 'ja', botLocaleChosen: true });
      await s.setConversationStatus(third.id, 'closed');
      // Not carried into a widget opened in another language (the host's): there it starts as the widget's.
      const fourth = await s.openConversation(v.id, 'en');
      expect(fourth).toMatchObject({ locale: 'en', botLocale: null, botLocaleChosen: false });
      await s.setConversationStatus(fourth.id, 'closed');
      // Another visitor's conversations are not touched, and the kept choice outlives the process.
      expect(await s.openConversation(other.id, 'ja')).toMatchObject({ botLocale: null, botLocaleChosen: false });
      const again = (await ctx.open(place)).storage;
      expect(await again.openConversation(v.id, 'ja')).toMatchObject({ locale: 'ja', botLocale: 'ja', botLocaleChosen: true });
    });

    it("an agent's choice for the visitor is stored with who made it, kept with the visitor so, and the visitor's own choice of the same language makes it theirs", async () => {
      const { storage: s, place } = await ctx.fresh();
      const { visitor: v, conversation: c } = await visitorWithConversation(s, 'hash-agent-choice'); // an en widget
      const before = (await s.getConversation(c.id))!;
      expect(before.botLocaleSetBy).toBeNull();
      expect(await s.setBotLocale(c.id, 'ja', true, 'agent-1')).toEqual({ ...before, botLocale: 'ja', botLocaleChosen: true, botLocaleSetBy: 'agent-1' });
      expect(await s.setBotLocale(c.id, 'ja', true, 'agent-1')).toBeNull();
      // Another agent's choice of the same language is theirs now; no written language moves it.
      expect(await s.setBotLocale(c.id, 'ja', true, 'agent-2')).toMatchObject({ botLocale: 'ja', botLocaleSetBy: 'agent-2' });
      expect(await s.setBotLocale(c.id, 'en', false)).toBeNull();
      // The visitor chooses the same language: their own choice now.
      expect(await s.setBotLocale(c.id, 'ja', true)).toEqual({ ...before, botLocale: 'ja', botLocaleChosen: true, botLocaleSetBy: null });
      expect(await s.setBotLocale(c.id, 'ja', true)).toBeNull();
      expect(await s.setBotLocale(c.id, 'ko', true, 'agent-1')).toMatchObject({ botLocale: 'ko', botLocaleSetBy: 'agent-1' });
      await s.setConversationStatus(c.id, 'closed');
      // Kept with the visitor as the agent's: their next conversation on a Korean widget starts in it, shown as set by the agent.
      const again = (await ctx.open(place)).storage;
      expect(await again.openConversation(v.id, 'ko')).toMatchObject({ locale: 'ko', botLocale: 'ko', botLocaleChosen: true, botLocaleSetBy: 'agent-1' });
      expect(await again.setBotLocale((await again.openConversation(v.id, 'ko')).id, 'ko', true)).toMatchObject({ botLocaleSetBy: null });
    });

    it("stores the site's choice (the host's setLocale) as the site's: under the visitor's own or an agent's only when the host says so, and the visitor's later choice wins", async () => {
      const { storage: s, place } = await ctx.fresh();
      const { visitor: v, conversation: c } = await visitorWithConversation(s, 'hash-site-choice'); // an en widget
      const before = (await s.getConversation(c.id))!;
      expect(before.botLocaleBySite).toBe(false);
      const site = { override: false };
      expect(await s.setBotLocale(c.id, 'ja', true, null, site)).toEqual({ ...before, botLocale: 'ja', botLocaleChosen: true, botLocaleBySite: true });
      expect(await s.setBotLocale(c.id, 'ja', true, null, site)).toBeNull(); // said again: nothing
      expect(await s.setBotLocale(c.id, 'en', false)).toBeNull(); // chosen: no written language moves it
      // The visitor chooses the same language: their own now; the site's next language does not replace it.
      expect(await s.setBotLocale(c.id, 'ja', true)).toEqual({ ...before, botLocale: 'ja', botLocaleChosen: true, botLocaleBySite: false });
      expect(await s.setBotLocale(c.id, 'ko', true, null, site)).toBeNull();
      expect(await s.setBotLocale(c.id, 'ja', true, null, site)).toBeNull();
      expect(await s.getConversation(c.id)).toMatchObject({ botLocale: 'ja', botLocaleBySite: false });
      // …unless the host says so; then the visitor's choice wins again.
      expect(await s.setBotLocale(c.id, 'ko', true, null, { override: true })).toMatchObject({ botLocale: 'ko', botLocaleChosen: true, botLocaleBySite: true });
      expect(await s.setBotLocale(c.id, 'es', true)).toMatchObject({ botLocale: 'es', botLocaleBySite: false, botLocaleSetBy: null });
      // An agent's choice for the visitor stands too; the host's override replaces it, as the site's.
      expect(await s.setBotLocale(c.id, 'de', true, 'agent-1')).toMatchObject({ botLocale: 'de', botLocaleSetBy: 'agent-1', botLocaleBySite: false });
      expect(await s.setBotLocale(c.id, 'fr', true, null, site)).toBeNull();
      expect(await s.setBotLocale(c.id, 'fr', true, null, { override: true })).toMatchObject({ botLocale: 'fr', botLocaleSetBy: null, botLocaleBySite: true });
      await s.setConversationStatus(c.id, 'closed');
      // Kept with the visitor as the site's: their next conversation on a French widget starts in it, shown as the site's.
      const again = (await ctx.open(place)).storage;
      const next = await again.openConversation(v.id, 'fr');
      expect(next).toMatchObject({ locale: 'fr', botLocale: 'fr', botLocaleChosen: true, botLocaleSetBy: null, botLocaleBySite: true });
      // A site's choice does not replace the visitor's own kept one either: it holds for their widget in that language.
      expect(await again.setBotLocale(next.id, 'es', true)).toMatchObject({ botLocaleBySite: false });
      await again.setConversationStatus(next.id, 'closed');
      const third = await again.openConversation(v.id, 'en'); // another language's widget: not chosen
      expect(await again.setBotLocale(third.id, 'ja', true, null, site)).toMatchObject({ botLocale: 'ja', botLocaleBySite: true });
      await again.setConversationStatus(third.id, 'closed');
      expect(await again.openConversation(v.id, 'es')).toMatchObject({ botLocale: 'es', botLocaleChosen: true, botLocaleBySite: false });
    });
  });
}
