import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditList, AuditRecord } from '../../protocol/index.ts';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { visitor } from '../helpers/ws-client.ts';
import { ADMIN_ENV, FAST_SCRYPT, addAgent, api, login } from '../helpers/agent-client.ts';
import { twoLanguageMiniPack } from '../helpers/small-pack.ts';
import { openStorage } from '../../server/storage/open.ts';

/**
 * The audit trail on a real server: each security-relevant act an admin or agent does through the API is
 * one record (who, what, to whom, before and after), listed newest first and filtered and paged by
 * GET /api/v1/admin/audit. Passwords, hashes and visitors' data never appear in it.
 */
let server: RunningServer;
// The FAQ edit below trains the saved pack before it answers: the small pack (≈0.25 s of CPU), not the wallet pack
// (≈3.4 s; the test took 12 s in a loaded CI run).
const PACK = twoLanguageMiniPack();
beforeAll(async () => {
  server = await startServer({ ...ADMIN_ENV, KEFU_FAQ_PACK_DIR: PACK }, FAST_SCRYPT);
});
afterAll(async () => server?.cleanup());

const list = async (cookie: string, query = '') => {
  const res = await api(server, cookie, 'GET', `/api/v1/admin/audit${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as unknown as AuditList;
};

describe('the audit trail', () => {
  it('records agent accounts (created, each kind of change before and after, sessions ended, removed), canned replies and FAQ edits', async () => {
    const admin = await login(server);
    const ada = await addAgent(server, admin.cookie, 'ada@example.com', { maxChats: 3 });
    const id = ada.agent.id;
    const patch = (body: Record<string, unknown>) => api(server, admin.cookie, 'PATCH', `/api/v1/agents/${id}`, body);
    expect((await patch({ role: 'admin', maxChats: 8 })).status).toBe(200);
    expect((await patch({ name: 'Ada L', canSeePersonalData: true })).status).toBe(200);
    expect((await patch({ password: 'a brand new password' })).status).toBe(200);
    expect((await patch({ disabled: true })).status).toBe(200);
    expect((await patch({ disabled: false })).status).toBe(200);
    expect((await patch({ maxChats: 8 })).status).toBe(200); // no change: no record

    const about = (await list(admin.cookie, `?agentId=${id}`)).records.reverse();
    const by = about.filter((r) => r.action !== 'login.succeeded');
    expect(by.map((r) => r.action)).toEqual([
      'agent.created',
      'agent.role_changed',
      'agent.limit_changed',
      'session.ended', // a new role holds from the next sign-in
      'agent.changed',
      'agent.changed',
      'session.ended',
      'agent.disabled',
      'session.ended',
      'agent.enabled',
    ]);
    for (const r of by) expect(r).toMatchObject({ agentId: admin.agent.id, target: id });
    expect(by[0]!.after).toMatchObject({ email: 'ada@example.com', role: 'agent', maxChats: 3 });
    expect([by[1]!.before, by[1]!.after]).toEqual([{ role: 'agent' }, { role: 'admin' }]);
    expect([by[2]!.before, by[2]!.after]).toEqual([{ maxChats: 3 }, { maxChats: 8 }]);
    expect(by[3]!.detail).toEqual({ reason: 'role_changed' });
    expect([by[4]!.before, by[4]!.after]).toEqual([{ name: 'ada', canSeePersonalData: false }, { name: 'Ada L', canSeePersonalData: true }]);
    expect(by[5]).toMatchObject({ detail: { password: 'set' }, before: {}, after: {} });
    expect(by[6]!.detail).toEqual({ reason: 'password_set' });
    expect([by[7]!.before, by[7]!.after]).toEqual([{ disabled: false }, { disabled: true }]);

    // Canned replies: the text before and after; deleting keeps the text it had.
    await api(server, admin.cookie, 'POST', '/api/v1/canned-replies', { shortcut: 'refund', text: 'Refunds take 3 days.' });
    const saved = await api(server, admin.cookie, 'POST', '/api/v1/canned-replies', { shortcut: 'refund', text: 'Refunds take 3–5 days.' });
    const cannedId = (saved.body!.cannedReply as { id: string }).id;
    expect((await api(server, admin.cookie, 'DELETE', `/api/v1/canned-replies/${cannedId}`)).status).toBe(204);
    const canned = (await list(admin.cookie, '?action=canned_reply.saved')).records;
    expect(canned.map((r) => [r.target, r.before, r.after])).toEqual([
      ['refund', { text: 'Refunds take 3 days.' }, { text: 'Refunds take 3–5 days.' }],
      ['refund', null, { text: 'Refunds take 3 days.' }],
    ]);
    expect((await list(admin.cookie, '?action=canned_reply.deleted')).records[0]).toMatchObject({ target: 'refund', before: { text: 'Refunds take 3–5 days.' } });

    // FAQ: the entry before and after.
    const refund = (await api(server, admin.cookie, 'GET', '/api/v1/admin/faq/entries/refund')).body!.entry as { tags: string[] };
    expect((await api(server, admin.cookie, 'PUT', '/api/v1/admin/faq/entries/refund', { ...refund, tags: [...refund.tags, 'audited'] })).status).toBe(200);
    const [faq] = (await list(admin.cookie, '?action=faq.edited')).records;
    expect(faq).toMatchObject({ agentId: admin.agent.id, target: 'refund', detail: { kind: 'update' } });
    expect((faq!.before as { tags: string[] }).tags).not.toContain('audited');
    expect((faq!.after as { tags: string[] }).tags).toContain('audited');

    // Removing: the account as it was; its sessions ended.
    expect((await api(server, admin.cookie, 'DELETE', `/api/v1/agents/${id}`)).status).toBe(204);
    const [removed, ended] = (await list(admin.cookie, `?agentId=${id}&limit=2`)).records;
    expect(removed).toMatchObject({ action: 'agent.removed', before: { email: 'ada@example.com', name: 'Ada L', role: 'admin' }, after: null });
    expect(ended).toMatchObject({ action: 'session.ended', detail: { reason: 'removed' } });

    const everything = JSON.stringify((await list(admin.cookie, '?limit=500')).records);
    for (const secret of ['agent password 123', 'a brand new password', 'scrypt', 'password_hash']) expect(everything).not.toContain(secret);
  }, 120_000); // a budget for the loaded box: the FAQ save starts the training worker and trains in it (past 30 s under two CPU hogs at load 33 even on the small pack)

  it("keeps a viewer's record to what applies: no chat limit on creation, and none dropped or gained as a 'limit changed' record", async () => {
    const admin = await login(server);
    const vera = await addAgent(server, admin.cookie, 'vera@example.com', { role: 'viewer' });
    const cy = await addAgent(server, admin.cookie, 'cy@example.com', { maxChats: 4 });
    const patch = (id: string, body: Record<string, unknown>) => api(server, admin.cookie, 'PATCH', `/api/v1/agents/${id}`, body);
    expect((await patch(cy.agent.id, { role: 'viewer' })).status).toBe(200);
    expect((await patch(cy.agent.id, { maxChats: 9 })).status).toBe(400); // a viewer has no chat limit (viewer-role.test.ts)
    expect((await patch(vera.agent.id, { role: 'agent', maxChats: 6 })).status).toBe(200);

    const actions = async (id: string) =>
      (await list(admin.cookie, `?agentId=${id}`)).records.reverse().filter((r) => r.action !== 'login.succeeded' && r.action !== 'session.ended');
    const [created, toAgent, ...restVera] = await actions(vera.agent.id);
    expect(created).toMatchObject({ action: 'agent.created', after: { email: 'vera@example.com', role: 'viewer' } });
    expect(created!.after).not.toHaveProperty('maxChats');
    // Taking chats again: the role record says the limit the account now has; no separate "limit changed".
    expect(toAgent).toMatchObject({ action: 'agent.role_changed', before: { role: 'viewer' }, after: { role: 'agent', maxChats: 6 } });
    expect(restVera).toEqual([]);

    const cyRecords = await actions(cy.agent.id);
    expect(cyRecords.map((r) => r.action)).toEqual(['agent.created', 'agent.role_changed']);
    expect(cyRecords[0]!.after).toMatchObject({ role: 'agent', maxChats: 4 });
    expect([cyRecords[1]!.before, cyRecords[1]!.after]).toEqual([{ role: 'agent' }, { role: 'viewer' }]);
  });

  it("shows no chat limit on a viewer's account in records written before viewers' records dropped it", async () => {
    const admin = await login(server);
    const wren = await addAgent(server, admin.cookie, 'wren@example.com', { role: 'viewer' });
    // As the server wrote them before: the account's facts with the limit stored with every account.
    const opened = await openStorage({ databaseUrl: server.databaseUrl, dataDir: server.dataDir });
    try {
      const facts = { email: 'wren@example.com', name: 'wren', role: 'viewer', maxChats: 5, disabled: false, canSeePersonalData: false };
      await opened.storage.addAudit({ agentId: admin.agent.id, action: 'agent.created', target: wren.agent.id, after: facts });
      await opened.storage.addAudit({ agentId: admin.agent.id, action: 'agent.changed', target: wren.agent.id, before: { ...facts, role: 'agent' }, after: facts });
    } finally {
      await opened.storage.close();
    }
    const [changed, created] = (await list(admin.cookie, `?agentId=${wren.agent.id}`)).records;
    expect(created).toMatchObject({ action: 'agent.created', after: { email: 'wren@example.com', role: 'viewer' } });
    expect(created!.after).not.toHaveProperty('maxChats');
    // While the account was an agent, its limit applied: that side keeps it.
    expect(changed!.before).toMatchObject({ role: 'agent', maxChats: 5 });
    expect(changed!.after).toEqual({ email: 'wren@example.com', name: 'wren', role: 'viewer', disabled: false, canSeePersonalData: false });
  });

  it('records logins (failed ones with the reason and address), logouts, reveals and profile password changes', async () => {
    const admin = await login(server);
    const bo = await addAgent(server, admin.cookie, 'bo@example.com', { canSeePersonalData: true });
    const failed = await fetch(`${server.url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'bo@example.com', password: 'wrong password!' }) });
    expect(failed.status).toBe(401);
    await fetch(`${server.url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'nobody@example.com', password: 'wrong password!' }) });

    const { client, welcome } = await visitor(server.wsUrl, server.url, { locale: 'en' });
    client.close();
    expect((await api(server, bo.cookie, 'POST', `/api/v1/conversations/${welcome.conversationId}/reveal`)).status).toBe(200);
    expect((await api(server, bo.cookie, 'PATCH', '/api/v1/auth/me', { currentPassword: 'agent password 123', password: 'another password 9' })).status).toBe(200);
    expect((await api(server, bo.cookie, 'POST', '/api/v1/auth/logout', {})).status).toBe(204);

    const records = (await list(admin.cookie, `?agentId=${bo.agent.id}`)).records;
    expect(records.map((r) => r.action)).toEqual(['session.ended', 'agent.changed', 'personal_data.revealed', 'login.failed', 'login.succeeded', 'agent.created']);
    expect(records[0]!.detail).toMatchObject({ reason: 'logout' });
    expect(records[1]).toMatchObject({ agentId: bo.agent.id, target: bo.agent.id, detail: { password: 'set' } });
    expect(records[2]).toMatchObject({ conversationId: welcome.conversationId });
    expect(records[3]!.detail).toEqual({ ip: '127.0.0.1', reason: 'wrong_password' });
    expect(records[4]!.detail).toEqual({ ip: '127.0.0.1', secondFactor: 'none' });
    const unknown = (await list(admin.cookie, '?action=login.failed')).records.find((r) => r.agentId === null);
    expect(unknown?.detail).toEqual({ ip: '127.0.0.1', reason: 'unknown_email' });
    expect(JSON.stringify(unknown)).not.toContain('nobody@example.com');
  });

  it('pages newest first with `next`, takes a time as `before`, refuses bad filters, and is for admins only', async () => {
    const admin = await login(server);
    const all = (await list(admin.cookie, '?limit=500')).records;
    expect(all.length).toBeGreaterThan(20);
    const paged: AuditRecord[] = [];
    let next: string | null = null;
    for (let page = 0; page < 100; page++) {
      const body: AuditList = await list(admin.cookie, `?limit=7${next ? `&before=${next}` : ''}`);
      paged.push(...body.records);
      next = body.next;
      if (!next) break;
    }
    expect(paged.map((r) => r.id)).toEqual(all.map((r) => r.id));
    const middle = all[10]!;
    expect((await list(admin.cookie, `?before=${middle.at}&limit=500`)).records.every((r) => r.at < middle.at)).toBe(true);

    for (const query of ['?action=made.up', '?limit=0', '?limit=5000', '?colour=red']) {
      const res = await api(server, admin.cookie, 'GET', `/api/v1/admin/audit${query}`);
      expect(res.status, query).toBe(400);
    }
    const plain = await addAgent(server, admin.cookie, 'plain@example.com');
    expect((await api(server, plain.cookie, 'GET', '/api/v1/admin/audit')).status).toBe(403);
  });
});
