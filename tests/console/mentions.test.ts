import { describe, expect, it } from 'vitest';
import type { AgentInfo, ConversationSummary, Team } from '../../protocol/index.ts';
import { matching, mentionable, mentionedIn, mentionQuery, mentionSegments } from '../../console/mentions.ts';

const person = (id: string, name: string, extra: Partial<AgentInfo> = {}): AgentInfo => ({
  id, email: `${id}@example.com`, name, role: 'agent', disabled: false, maxChats: 5, canSeePersonalData: false,
  presence: 'online', activeChats: 0, locale: null, twoFactor: false, ...extra,
});
const ann = person('ann', 'Ann Lee');
const mei = person('mei', 'Mei Wong');
const ted = person('ted', 'Ted');
const vic = person('vic', 'Vic', { role: 'viewer' });
const boss = person('boss', 'Boss', { role: 'admin' });
const gone = person('gone', 'Gone', { disabled: true });
const chat = (teamId: string | null) => ({ teamId }) as ConversationSummary;
const refunds: Team = { id: 'refunds', name: 'Refunds', memberIds: ['ann', 'mei'], topics: [], hours: null } as Team;

describe('who a note may mention (the server decides the same: server/services/mentions.ts)', () => {
  it('offers active teammates but not the writer; in a team’s chat its members, admins and viewers only', () => {
    const all = [ann, mei, ted, vic, boss, gone];
    expect(mentionable(chat(null), all, ann, [refunds]).map((a) => a.id)).toEqual(['mei', 'ted', 'vic', 'boss']);
    expect(mentionable(chat('refunds'), all, ann, [refunds]).map((a) => a.id)).toEqual(['mei', 'vic', 'boss']);
  });
});

describe('the @ being typed', () => {
  it.each([
    ['@me', 3, { start: 0, query: 'me' }],
    ['hi @', 4, { start: 3, query: '' }],
    ['ask @Mei W', 10, { start: 4, query: 'Mei W' }],
    ['mail ann@example.com', 20, null], // not after a space: an address, not a mention
    ['@mei\nnext', 9, null],
    ['no at here', 10, null],
  ])('%j at %i', (text, caret, expected) => {
    expect(mentionQuery(text, caret)).toEqual(expected);
  });

  it('filters by the start of any word of the name, and keeps only the ids still written', () => {
    expect(matching([ann, mei, ted], 'w').map((a) => a.id)).toEqual(['mei']);
    expect(matching([ann, mei, ted], 'mei w').map((a) => a.id)).toEqual(['mei']);
    expect(matching([ann, mei, ted], '').map((a) => a.id)).toEqual(['ann', 'mei', 'ted']);
    expect(mentionedIn('@Mei Wong look', [{ id: 'mei', name: 'Mei Wong' }, { id: 'ted', name: 'Ted' }])).toEqual(['mei']);
    // The longest name first, and a name ends at a word's end: "@Mei Wong" is not also "@Mei", "@Meiling" is neither.
    expect(mentionedIn('@Mei Wong and @Meiling, @Mei.', [{ id: 'mei', name: 'Mei' }, { id: 'mw', name: 'Mei Wong' }])).toEqual(['mw', 'mei']);
    expect(mentionedIn('ask @Meiling', [{ id: 'mei', name: 'Mei' }])).toEqual([]);
  });
});

describe('a note’s text cut into runs', () => {
  it('marks the mentioned people’s "@Name", the longest name first, and leaves markup as text', () => {
    const people = [{ id: 'mei', name: 'Mei' }, { id: 'mw', name: 'Mei Wong' }];
    expect(mentionSegments('<b>@Mei Wong</b> and @Mei, @Ted', people)).toEqual([
      { text: '<b>' },
      { text: '@Mei Wong', mention: 'mw' },
      { text: '</b> and ' },
      { text: '@Mei', mention: 'mei' },
      { text: ', @Ted' },
    ]);
  });
});
