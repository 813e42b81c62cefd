import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { AuditList } from '../../protocol/index.ts';
import { AUDIT_WORDS, auditValue, listChange } from '../../console/security/audit-values.ts';
import { ADMIN, ADMIN_ENV, addAgent, api, FAST_SCRYPT, login } from '../helpers/agent-client.ts';
import { startServer, type RunningServer } from '../helpers/server.ts';

/**
 * The audit log's values in the agent's language: the words a real server stores (failed logins, a login, a logout,
 * an agent's changes) are each named in every console language, never shown as stored ("第二步验证: none").
 */
const LOCALES = ['en', 'zh-CN', 'zh-TW'];
const strings = (file: string) => JSON.parse(readFileSync(path.resolve(import.meta.dirname, `../../console/locales/${file}`), 'utf8')) as Record<string, string>;
/** The audit log is an admin screen: its words are the language's file and its admin part (console/locales/admin/). */
const translator = (locale: string) => {
  const s = { ...strings(`${locale}.json`), ...strings(`admin/${locale}.json`) };
  return (key: string) => {
    if (!(key in s)) throw new Error(`${locale} has no string ${key}`);
    return s[key]!;
  };
};

let server: RunningServer;
beforeAll(async () => {
  server = await startServer(ADMIN_ENV, FAST_SCRYPT);
});
afterAll(() => server?.cleanup());

describe('audit values', () => {
  it('names every word a real server stores in each console language', async () => {
    const post = (body: unknown) => api(server, null, 'POST', '/api/v1/auth/login', body);
    await post({ email: 'nobody@example.com', password: 'whatever password' });
    await post({ email: ADMIN.email, password: 'not the password' });
    const admin = await login(server);
    const agent = await addAgent(server, admin.cookie, 'mei@example.com');
    await api(server, admin.cookie, 'PATCH', `/api/v1/agents/${agent.agent.id}`, { role: 'admin', canSeePersonalData: true });
    await api(server, admin.cookie, 'POST', '/api/v1/auth/logout');
    const other = await login(server);
    const { records } = AuditList.parse((await api(server, other.cookie, 'GET', '/api/v1/admin/audit?limit=100')).body);

    const stored = records.flatMap((r) => [r.detail, r.before, r.after]).flatMap((d) => Object.entries(d ?? {}));
    const words = stored.filter(([k, v]) => k in AUDIT_WORDS || k === 'role' || typeof v === 'boolean');
    expect(new Set(words.map(([k]) => k))).toEqual(new Set(['secondFactor', 'reason', 'role', 'canSeePersonalData', 'disabled']));
    for (const [k, v] of words) if (k in AUDIT_WORDS) expect(AUDIT_WORDS[k], `${k}: ${String(v)}`).toContain(v);

    for (const locale of LOCALES) {
      const t = translator(locale);
      for (const [k, v] of words) expect(auditValue(k, v, t), `${locale} ${k}`).not.toBe(String(v));
      for (const [k, list] of Object.entries(AUDIT_WORDS)) for (const v of list) expect(auditValue(k, v, t), `${locale} ${k}`).not.toBe(v);
    }
    const zh = translator('zh-CN');
    expect(auditValue('secondFactor', 'none', zh)).toBe('无');
    expect(auditValue('ip', '127.0.0.1', zh)).toBe('127.0.0.1'); // not a word: as stored
    expect(auditValue('reason', null, zh)).toBe('—');
  });

  it('shows an empty value a real server stores as "—", not nothing (a new team with no members read "成员：" and no more)', async () => {
    const admin = await login(server);
    expect((await api(server, admin.cookie, 'POST', '/api/v1/admin/teams', { name: 'Refunds', memberIds: [], topics: ['scam', 'fraud'] })).status).toBe(201);
    const { records } = AuditList.parse((await api(server, admin.cookie, 'GET', '/api/v1/admin/audit?limit=100')).body);
    const record = records.find((r) => r.action === 'team.created')!;
    const zh = translator('zh-CN');
    expect(listChange(record, 'members')).toEqual([]); // the log's list says "—" for none
    expect(auditValue('topics', (record.after as Record<string, unknown>).topics, zh)).toBe('scam, fraud');
  });

  it("reads a team's members as a list, name by name (a name with a comma is one name): kept, taken out, put in; an old comma-joined row as stored", async () => {
    const admin = await login(server);
    const lee = await addAgent(server, admin.cookie, 'lee@example.com', { name: 'Lee, Dan Jr.' });
    const mei = await addAgent(server, admin.cookie, 'mei.w@example.com', { name: '王美' });
    const made = await api(server, admin.cookie, 'POST', '/api/v1/admin/teams', { name: 'Cards', memberIds: [lee.agent.id, admin.agent.id], topics: [] });
    const id = (made.body as { team: { id: string } }).team.id;
    expect((await api(server, admin.cookie, 'PUT', `/api/v1/admin/teams/${id}`, { name: 'Cards', memberIds: [lee.agent.id, mei.agent.id], topics: [] })).status).toBe(200);
    expect((await api(server, admin.cookie, 'DELETE', `/api/v1/admin/teams/${id}`)).status).toBe(204);
    const { records } = AuditList.parse((await api(server, admin.cookie, 'GET', '/api/v1/admin/audit?limit=100')).body);
    const of = (action: string) => records.find((r) => r.action === action && r.target === id)!;
    expect(listChange(of('team.created'), 'members')).toEqual([{ name: 'Lee, Dan Jr.', change: 'added' }, { name: admin.agent.name, change: 'added' }]);
    expect(listChange(of('team.changed'), 'members')).toEqual([
      { name: 'Lee, Dan Jr.', change: 'kept' },
      { name: admin.agent.name, change: 'removed' },
      { name: '王美', change: 'added' },
    ]);
    expect(listChange(of('team.deleted'), 'members')).toEqual([{ name: 'Lee, Dan Jr.', change: 'removed' }, { name: '王美', change: 'removed' }]);
    // A row written before the lists: one string, shown as stored (no list to make of it).
    const old = { before: { members: 'dan' }, after: { members: 'dan, admin' } };
    expect(listChange(old, 'members')).toBeNull();
    expect(auditValue('members', old.after.members, translator('en'))).toBe('dan, admin');
  });
});
