import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ConversationLogEvent } from '../../protocol/index.ts';
import { eventLine } from '../../console/event-lines.ts';

/** The timeline's line for every event type, through the real English and Chinese strings. */
const strings = (locale: string) => JSON.parse(readFileSync(path.resolve(import.meta.dirname, `../../console/locales/${locale}.json`), 'utf8')) as Record<string, string>;
const translator = (locale: string) => {
  const s = strings(locale);
  return (key: string, vars: Record<string, string | number> = {}) => {
    if (!(key in s)) throw new Error(`no string ${key}`);
    return s[key]!.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(vars[k]));
  };
};

const base: ConversationLogEvent = {
  id: 1, conversationId: 'c', type: 'queued', at: 0, actor: 'visitor', agentId: null, agentName: null, fromAgentId: null, fromAgentName: null,
  toAgentId: null, toAgentName: null, reason: null, score: null, comment: null, ticketId: null, ticketStatus: null,
  labelId: null, labelName: null, fromTeamId: null, fromTeamName: null, toTeamId: null, toTeamName: null, locale: null, until: null,
};
const ev = (patch: Partial<ConversationLogEvent>): ConversationLogEvent => ({ ...base, ...patch });
const ann = { agentId: 'a', agentName: 'Ann' };

describe('timeline event lines', () => {
  it('says who snoozed a chat until when (in the console language, the agent\'s time zone), and why the snooze ended', () => {
    const friday = new Date(2026, 11, 11, 10).getTime();
    const monday = new Date(2026, 11, 14, 9).getTime();
    const snoozed = ev({ type: 'snoozed', actor: 'agent', ...ann, at: friday, until: monday });
    const ended = [ev({ type: 'unsnoozed', actor: 'system', reason: 'time' }), ev({ type: 'unsnoozed', actor: 'visitor', reason: 'visitor' }), ev({ type: 'unsnoozed', actor: 'agent', ...ann, reason: 'agent' })];
    expect([snoozed, ...ended].map((e) => eventLine(e, translator('en'), 'en'))).toEqual([
      'Snoozed by Ann until Mon 9:00 AM',
      'Snooze ended: its time came',
      'Snooze ended: the visitor wrote',
      'Snooze ended by Ann',
    ]);
    expect([snoozed, ...ended].map((e) => eventLine(e, translator('zh-CN'), 'zh-CN'))).toEqual([
      'Ann将会话暂停至 周一 09:00',
      '暂停结束：时间已到',
      '暂停结束：访客发来消息',
      'Ann取消了暂停',
    ]);
    // Tomorrow and the same day read as such; further than a week, the date.
    expect(eventLine(ev({ ...snoozed, until: new Date(2026, 11, 12, 9).getTime() }), translator('en'), 'en')).toBe('Snoozed by Ann until tomorrow 9:00 AM');
    expect(eventLine(ev({ ...snoozed, until: new Date(2026, 11, 11, 13).getTime() }), translator('en'), 'en')).toBe('Snoozed by Ann until 1:00 PM');
    expect(eventLine(ev({ ...snoozed, until: new Date(2026, 11, 21, 9).getTime() }), translator('en'), 'en')).toBe('Snoozed by Ann until Dec 21, 9:00 AM');
  });

  it('says who did what for every event type', () => {
    const t = translator('en');
    const lines = [
      ev({ type: 'queued', reason: 'asked' }),
      ev({ type: 'queued', actor: 'bot', reason: 'bot_missed' }),
      ev({ type: 'cancelled' }),
      ev({ type: 'claimed', actor: 'system', toAgentId: 'a', toAgentName: 'Ann' }),
      ev({ type: 'claimed', actor: 'agent', ...ann, toAgentId: 'a', toAgentName: 'Ann' }),
      ev({ type: 'transferred', actor: 'agent', ...ann, fromAgentId: 'a', fromAgentName: 'Ann', toAgentId: 'b', toAgentName: null }),
      ev({ type: 'transferred', actor: 'agent', ...ann, fromAgentId: 'b', fromAgentName: 'Bo', toAgentId: 'c', toAgentName: 'Mei' }),
      ev({ type: 'released', actor: 'agent', ...ann }),
      ev({ type: 'closed', actor: 'agent', ...ann }),
      ev({ type: 'closed', actor: 'visitor' }),
      ev({ type: 'closed', actor: 'system' }),
      ev({ type: 'rated', score: 4, comment: 'Quick' }),
      ev({ type: 'rated', score: 2 }),
      ev({ type: 'ticket', ticketId: 't' }),
      ev({ type: 'ticket_status', actor: 'agent', ...ann, ticketId: 't', ticketStatus: 'pending', toAgentId: 'a', toAgentName: 'Ann' }),
      ev({ type: 'ticket_status', actor: 'agent', ...ann, ticketId: 't', ticketStatus: 'solved', fromAgentId: 'a', toAgentId: 'a' }),
      ev({ type: 'ticket_status', actor: 'agent', ...ann, ticketId: 't', ticketStatus: 'open', fromAgentId: 'a' }),
      ev({ type: 'closed', actor: 'system', reason: 'idle' }),
      ev({ type: 'cancelled', actor: 'system', reason: 'abandoned' }),
      ev({ type: 'label_added', actor: 'agent', ...ann, labelId: 'l', labelName: 'Refund' }),
      ev({ type: 'label_removed', actor: 'agent', ...ann, labelId: 'l', labelName: null }),
      ev({ type: 'team_changed', actor: 'agent', ...ann, toTeamId: 't', toTeamName: 'Fraud' }),
      ev({ type: 'team_changed', actor: 'agent', ...ann, fromTeamId: 't', fromTeamName: null }),
      ev({ type: 'team_changed', actor: 'system', toTeamId: 't', toTeamName: 'Refunds' }),
      ev({ type: 'language_set', actor: 'agent', ...ann, locale: 'ja' }),
      ev({ type: 'language_set', actor: 'agent', agentId: 'a', agentName: null, locale: 'en' }),
      ev({ type: 'language_set', actor: 'visitor', locale: 'zh-CN' }),
      ev({ type: 'language_set', actor: 'system', reason: 'site', locale: 'ja' }),
    ].map((e) => eventLine(e, t));
    expect(lines).toEqual([
      'Asked for a person; in the queue',
      'The bot missed twice; in the queue',
      'The visitor left the queue',
      'Assigned to Ann',
      'Claimed by Ann',
      'Ann transferred it to a removed agent',
      'Ann transferred it from Bo to Mei',
      'Handed back to the bot by Ann',
      'Closed by Ann',
      'Closed by the visitor',
      'Closed automatically',
      'Rated 4/5: “Quick”',
      'Rated 2/5',
      'The visitor left a message (ticket)',
      'Ann set the ticket to Pending, assigned to Ann',
      'Ann set the ticket to Solved',
      'Ann set the ticket to Open, unassigned',
      'Closed automatically: no new message for the idle time',
      'Left the queue: the visitor was gone',
      'Ann added the label Refund',
      'Ann removed the label a deleted label',
      "Ann moved it from everyone's queue to Fraud",
      "Ann moved it from a deleted team to everyone's queue",
      'Joined the queue of Refunds (its FAQ topic)',
      'Ann set the language to Japanese',
      'a removed agent set the language to English',
      'The visitor chose Chinese (China)',
      'The site set the language to Japanese',
    ]);
    // The same events read in Chinese, with no English left.
    const zh = translator('zh-CN');
    expect(eventLine(ev({ type: 'transferred', actor: 'agent', ...ann, fromAgentId: 'a', fromAgentName: 'Ann', toAgentId: 'b', toAgentName: '林晓' }), zh)).toBe('Ann将会话转给林晓');
    expect(eventLine(ev({ type: 'transferred', actor: 'agent', ...ann, fromAgentId: 'b', fromAgentName: '林晓', toAgentId: 'c', toAgentName: 'Mei' }), zh)).toBe('Ann将会话从林晓转给Mei');
    expect(eventLine(ev({ type: 'rated', score: 5, comment: '很好' }), zh)).toBe('评分 5/5：“很好”');
    expect(eventLine(ev({ type: 'label_added', actor: 'agent', ...ann, labelId: 'l', labelName: '退款' }), zh)).toBe('Ann添加了标签「退款」');
    expect(eventLine(ev({ type: 'team_changed', actor: 'agent', ...ann, toTeamId: 't', toTeamName: '风控' }), zh)).toBe('Ann将会话从「所有人的队列」转到「风控」');
    expect(eventLine(ev({ type: 'language_set', actor: 'agent', ...ann, locale: 'ja' }), zh, 'zh-CN')).toBe('Ann将语言设为日语');
    expect(eventLine(ev({ type: 'language_set', actor: 'visitor', locale: 'en' }), zh, 'zh-CN')).toBe('访客选择了英语');
    expect(eventLine(ev({ type: 'language_set', actor: 'visitor', locale: 'zh-CN' }), translator('zh-TW'), 'zh-TW')).toBe('訪客選擇了中文（中國）');
    // The host page's setLocale: the site's, not the visitor's.
    expect(eventLine(ev({ type: 'language_set', actor: 'system', reason: 'site', locale: 'ja' }), zh, 'zh-CN')).toBe('网站将语言设为日语');
    expect(eventLine(ev({ type: 'language_set', actor: 'system', reason: 'site', locale: 'ja' }), translator('zh-TW'), 'zh-TW')).toBe('網站將語言設為日文'); // Japanese as Taiwan's Intl names it
  });
});
