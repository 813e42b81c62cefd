import type { Storage } from '../../../server/storage/types.ts';

/**
 * An install from before the bot's language had a column of its own (both engines' upgrade tests): conversations on a
 * zh-CN widget whose visitors wrote English, Portuguese (detected as "pt"), Russian (no UI language), the widget's own
 * Chinese, and nothing yet.
 */
export const UPGRADE_WRITERS = `INSERT INTO visitors (id, token_hash, locale, created_at) VALUES ('v1', 'h1', 'zh-CN', 1000), ('v2', 'h2', 'zh-CN', 1000),
    ('v3', 'h3', 'zh-CN', 1000), ('v4', 'h4', 'zh-CN', 1000), ('v5', 'h5', 'zh-CN', 1000);
  INSERT INTO conversations (id, visitor_id, status, locale, written_locale, created_at, updated_at) VALUES
    ('c-en', 'v1', 'bot', 'zh-CN', 'en', 1000, 1000), ('c-pt', 'v2', 'closed', 'zh-CN', 'pt', 1000, 1000),
    ('c-ru', 'v3', 'bot', 'zh-CN', 'ru', 1000, 1000), ('c-zh', 'v4', 'bot', 'zh-CN', 'zh-CN', 1000, 1000),
    ('c-none', 'v5', 'bot', 'zh-CN', NULL, 1000, 1000);`;

/** What they speak after the upgrade (nobody has chosen yet). */
export const UPGRADED_WRITERS = [
  ['c-en', 'en', false],
  ['c-none', null, false],
  ['c-pt', 'pt-BR', false],
  ['c-ru', null, false],
  ['c-zh', null, false],
];

export async function botLocales(s: Storage) {
  const ids = ['c-en', 'c-none', 'c-pt', 'c-ru', 'c-zh'];
  return Promise.all(ids.map(async (id) => ((c) => [id, c?.botLocale, c?.botLocaleChosen])(await s.getConversation(id))));
}
