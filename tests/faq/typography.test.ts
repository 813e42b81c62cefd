import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { botReply, otherLanguageReply, type BotReplyKind } from '../../server/services/bot-replies.ts';
import { systemLine } from '../../server/services/system-lines.ts';
import { smallTalkReply, type SmallTalkKind } from '../../faq/smalltalk.ts';

/**
 * What a Chinese or Japanese reader sees is typeset for them: no half-width , : ; ? ! ( ) against CJK text in the
 * shipped answers or the widget's strings (bold markers between are looked through); and no placeholder links in
 * the answers (the chat's own handoff and the site's channels replace "contact support" links).
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const CJK = '\\u3040-\\u30ff\\u3400-\\u9fff\\uff00-\\uffef\\u3000-\\u303f';
const HALF_WIDTH = new RegExp(`[${CJK}](\\*\\*)?[,:;?!)]|[,:;?!(](\\*\\*)?[${CJK}]`, 'g');
const CJK_LOCALES = ['zh-CN', 'zh-TW', 'ja'];

const entriesDir = path.join(ROOT, 'faq/packs/wallet/entries');
const entries = readdirSync(entriesDir).map((f) => ({ file: f, entry: JSON.parse(readFileSync(path.join(entriesDir, f), 'utf8')) as { locales: Record<string, { question: string; alternates: string[]; answer: string }> } }));
const ui = (locale: string) => JSON.parse(readFileSync(path.join(ROOT, 'widget/app/locales', `${locale}.json`), 'utf8')) as Record<string, string>;
const consoleFile = (file: string) => JSON.parse(readFileSync(path.join(ROOT, 'console/locales', file), 'utf8')) as Record<string, string>;
/** A console language's strings: its file and the admin screens' part. */
const consoleStrings = (locale: string): Record<string, string> => ({ ...consoleFile(`${locale}.json`), ...consoleFile(`admin/${locale}.json`) });
const offences = (text: string) => [...text.matchAll(HALF_WIDTH)].map((m) => text.slice(Math.max(0, m.index - 6), m.index + 6));

describe('typography of the shipped Chinese and Japanese text', () => {
  it.each(CJK_LOCALES)('%s: every FAQ answer uses full-width punctuation', (locale) => {
    const found = entries.flatMap(({ file, entry }) => offences(entry.locales[locale]?.answer ?? '').map((s) => `${file}: …${s}…`));
    expect(found).toEqual([]);
  });

  it.each(CJK_LOCALES)('%s: every question and alternate (shown as "did you mean" and follow-ups) uses full-width punctuation', (locale) => {
    const found = entries.flatMap(({ file, entry }) => {
      const content = entry.locales[locale];
      return content ? [content.question, ...content.alternates].flatMap((text) => offences(text).map((s) => `${file}: …${s}…`)) : [];
    });
    expect(found).toEqual([]);
  });

  it.each(CJK_LOCALES)('%s: every widget string uses full-width punctuation', (locale) => {
    const found = Object.entries(ui(locale)).flatMap(([key, text]) => offences(text).map((s) => `${key}: …${s}…`));
    expect(found).toEqual([]);
  });

  it.each(CJK_LOCALES.filter((l) => l !== 'ja'))('%s: every console string uses full-width punctuation', (locale) => {
    const found = Object.entries(consoleStrings(locale)).flatMap(([key, text]) => offences(text).map((s) => `${key}: …${s}…`));
    expect(found).toEqual([]);
  });

  it.each(CJK_LOCALES)("%s: the bot's and the system's own sentences and small talk use full-width punctuation", (locale) => {
    const botKinds: BotReplyKind[] = ['suggest', 'none', 'handoff', 'handoff_away'];
    const talkKinds: SmallTalkKind[] = ['greeting', 'thanks', 'goodbye', 'bot', 'wait', 'ok'];
    const sentences = [
      ...botKinds.map((k) => botReply(k, locale)),
      ...talkKinds.map((k) => smallTalkReply(k, locale as 'ja')),
      otherLanguageReply(locale, ['zh-CN', 'en']),
      systemLine('idle_closed', locale, { minutes: 60 }),
      systemLine('queue_left', locale),
    ];
    expect(sentences.flatMap((text) => offences(text))).toEqual([]);
  });

  it('the check itself finds a half-width comma, a colon after bold and an opening parenthesis', () => {
    expect(offences('您好,请稍候')).toHaveLength(1);
    expect(offences('**网络**:确认')).toHaveLength(1);
    expect(offences('例如(信用卡')).toHaveLength(1);
    expect(offences('您好，请稍候：09:00 (UTC) https://x.example/a,b')).toEqual([]);
  });

  it('no answer in any language links to a placeholder address', () => {
    const found = entries.flatMap(({ file, entry }) => Object.entries(entry.locales).filter(([, c]) => /example\.com/.test(c.answer)).map(([l]) => `${file} ${l}`));
    expect(found).toEqual([]);
  });

  it('the queue sentence says "you are number N", in every language (not "N people ahead of you")', () => {
    for (const locale of ['zh-CN', 'zh-TW']) expect(ui(locale).queue_position).toMatch(/第 \{\{position\}\} 位/);
    expect(ui('ja').queue_position).toMatch(/\{\{position\}\} 番目/);
    expect(ui('en').queue_position).toBe('You are number {{position}} in line.');
  });
});
