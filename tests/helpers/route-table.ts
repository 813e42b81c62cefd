/**
 * Every REST route and who may call it. tests/server/route-authorization.test.ts reads the server's real route table,
 * so a new route that is not listed here (with its role, and so with the 401/403 tests there) fails the suite; and
 * tests/server/viewer-role.test.ts walks every one as a read-only viewer (VIEWER_MAY below).
 */
export type Role = 'public' | 'agent' | 'admin';
export const ROUTES: [method: string, path: string, role: Role, body?: unknown][] = [
  ['POST', '/api/v1/faq/answer', 'public', { text: 'refund' }],
  ['POST', '/api/v1/auth/login', 'public', { email: 'x@example.com', password: 'wrong password' }],
  // The visitor's upload carries the visitor token (tests/server/attachments.test.ts), not the agents' session.
  ['POST', '/api/v1/visitor/attachments', 'public'],
  ['POST', '/api/v1/conversations/:id/attachments', 'agent'],
  ['DELETE', '/api/v1/attachments/:id', 'agent'],
  ['POST', '/api/v1/auth/logout', 'agent'],
  ['GET', '/api/v1/auth/me', 'agent'],
  ['PATCH', '/api/v1/auth/me', 'agent', { name: 'x' }],
  ['GET', '/api/v1/conversations', 'agent'],
  ['GET', '/api/v1/conversations/:id/events', 'agent'],
  ['GET', '/api/v1/search', 'agent'],
  ['GET', '/api/v1/conversations/:id/earlier', 'agent'],
  ['GET', '/api/v1/setup', 'public'],
  ['POST', '/api/v1/setup', 'public', { token: 'x'.repeat(43), email: 'x@example.com', name: 'x', password: 'long enough pw' }],
  ['GET', '/api/v1/reports/summary', 'agent'],
  ['GET', '/api/v1/reports/conversations.csv', 'agent'],
  ['GET', '/api/v1/reports/series.csv', 'agent'],
  ['GET', '/api/v1/reports/topics.csv', 'agent'],
  ['GET', '/api/v1/reports/languages.csv', 'agent'],
  ['GET', '/api/v1/reports/hours.csv', 'agent'],
  ['GET', '/api/v1/reports/agents.csv', 'agent'],
  ['GET', '/api/v1/reports/csat.csv', 'agent'],
  ['GET', '/api/v1/reports/helpfulness.csv', 'agent'],
  ['GET', '/api/v1/conversations/:id/messages', 'agent'],
  ['POST', '/api/v1/conversations/:id/messages', 'agent', { text: 'hi' }],
  ['POST', '/api/v1/conversations/:id/claim', 'agent'],
  ['POST', '/api/v1/conversations/:id/transfer', 'agent', { agentId: '00000000-0000-0000-0000-000000000000' }],
  ['POST', '/api/v1/conversations/:id/release', 'agent'],
  ['POST', '/api/v1/conversations/:id/close', 'agent'],
  ['PUT', '/api/v1/conversations/:id/language', 'agent', { locale: 'ja' }],
  ['POST', '/api/v1/conversations/:id/snooze', 'agent', { until: 4102444800000 }],
  ['DELETE', '/api/v1/conversations/:id/snooze', 'agent'],
  ['POST', '/api/v1/conversations/:id/reveal', 'agent'],
  ['GET', '/api/v1/agents', 'agent'],
  ['GET', '/api/v1/canned-replies', 'agent'],
  ['GET', '/api/v1/mentions', 'agent'],
  ['POST', '/api/v1/mentions/:noteId/read', 'agent'],
  ['GET', '/api/v1/tickets', 'agent'],
  ['GET', '/api/v1/tickets/:id', 'agent'],
  ['PATCH', '/api/v1/tickets/:id', 'agent', { status: 'solved' }],
  ['POST', '/api/v1/tickets/:id/reply', 'agent', { text: 'hi' }],
  ['GET', '/api/v1/conversations/:id/emails', 'agent'],
  ['GET', '/api/v1/labels', 'agent'],
  ['GET', '/api/v1/teams', 'agent'],
  ['PUT', '/api/v1/conversations/:id/team', 'agent', { teamId: null }],
  ['PUT', '/api/v1/conversations/:id/labels/:labelId', 'agent', {}],
  ['DELETE', '/api/v1/conversations/:id/labels/:labelId', 'agent'],
  ['GET', '/api/v1/conversations/:id/topic', 'agent'],
  ['POST', '/api/v1/agents', 'admin', { email: 'x@example.com', name: 'x', password: 'long enough pw' }],
  ['PATCH', '/api/v1/agents/:id', 'admin', { disabled: true }],
  ['DELETE', '/api/v1/agents/:id', 'admin'],
  ['POST', '/api/v1/canned-replies', 'admin', { shortcut: 'hi', text: 'Hello!' }],
  ['DELETE', '/api/v1/canned-replies/:id', 'admin'],
  ['GET', '/api/v1/admin/faq/entries', 'admin'],
  ['POST', '/api/v1/admin/faq/entries', 'admin', {}],
  ['GET', '/api/v1/admin/faq/entries/:id', 'admin'],
  ['PUT', '/api/v1/admin/faq/entries/:id', 'admin', {}],
  ['DELETE', '/api/v1/admin/faq/entries/:id', 'admin'],
  ['GET', '/api/v1/admin/faq/pack', 'admin'],
  ['PUT', '/api/v1/admin/faq/pack', 'admin', {}],
  ['GET', '/api/v1/admin/faq/unanswered', 'admin'],
  ['DELETE', '/api/v1/admin/faq/unanswered/:id', 'admin'],
  ['POST', '/api/v1/admin/faq/unanswered/:id/approve', 'admin', { faqId: 'refund', locale: 'en' }],
  ['GET', '/api/v1/admin/faq/feedback', 'admin'],
  ['GET', '/api/v1/admin/faq/history', 'admin'],
  ['POST', '/api/v1/admin/faq/history/:id/revert', 'admin'],
  ['POST', '/api/v1/admin/faq/try', 'admin', { text: 'refund' }],
  ['GET', '/api/v1/admin/sites', 'admin'],
  ['GET', '/api/v1/admin/sites/:site', 'admin'],
  ['PUT', '/api/v1/admin/sites/:site', 'admin', { channels: { email: 'help@example.com' } }],
  ['DELETE', '/api/v1/admin/sites/:site', 'admin'],
  ['POST', '/api/v1/admin/labels', 'admin', { name: 'Refund' }],
  ['PUT', '/api/v1/admin/labels/:id', 'admin', { name: 'Refund' }],
  ['DELETE', '/api/v1/admin/labels/:id', 'admin'],
  ['POST', '/api/v1/admin/teams', 'admin', { name: 'Refunds' }],
  ['PUT', '/api/v1/admin/teams/:id', 'admin', { name: 'Refunds' }],
  ['DELETE', '/api/v1/admin/teams/:id', 'admin'],
  ['GET', '/api/v1/admin/visitors/:id/export', 'admin'],
  ['DELETE', '/api/v1/admin/visitors/:id', 'admin'],
  ['GET', '/api/v1/admin/audit', 'admin'],
  ['GET', '/api/v1/admin/security', 'admin'],
  ['PUT', '/api/v1/admin/security', 'admin', { twoFactor: 'optional' }],
  ['GET', '/api/v1/auth/2fa', 'agent'],
  ['POST', '/api/v1/auth/2fa/setup', 'agent'],
  ['POST', '/api/v1/auth/2fa/enable', 'agent', { code: '123456' }],
  ['POST', '/api/v1/auth/2fa/disable', 'agent', { code: '123456' }],
  ['POST', '/api/v1/auth/2fa/recovery-codes', 'agent', { code: '123456' }],
  ['DELETE', '/api/v1/agents/:id/2fa', 'admin'],
  ['POST', '/api/v1/admin/webhooks', 'admin', { url: 'https://example.com/hook', events: ['message.created'] }],
  ['GET', '/api/v1/admin/webhooks', 'admin'],
  ['PATCH', '/api/v1/admin/webhooks/:id', 'admin', { url: 'https://example.com/hook', events: ['message.created'] }],
  ['DELETE', '/api/v1/admin/webhooks/:id', 'admin'],
  ['GET', '/api/v1/admin/webhooks/:id/deliveries', 'admin'],
  ['POST', '/api/v1/admin/webhooks/:id/deliveries/:deliveryId/redeliver', 'admin'],
];
/**
 * What a viewer (read-only) may call beyond the agents' reads: their own account, the audited reveal, and the admins'
 * reads they need (the audit log, the FAQ). Every other write, and every other admin route, refuses them with 403.
 */
export const VIEWER_MAY: ReadonlySet<string> = new Set([
  'POST /api/v1/auth/logout',
  'PATCH /api/v1/auth/me',
  'POST /api/v1/auth/2fa/setup',
  'POST /api/v1/auth/2fa/enable',
  'POST /api/v1/auth/2fa/disable',
  'POST /api/v1/auth/2fa/recovery-codes',
  'POST /api/v1/conversations/:id/reveal',
  'POST /api/v1/mentions/:noteId/read',
  'GET /api/v1/admin/audit',
  'GET /api/v1/admin/faq/entries',
  'GET /api/v1/admin/faq/entries/:id',
  'GET /api/v1/admin/faq/pack',
  'GET /api/v1/admin/faq/history',
  'GET /api/v1/admin/faq/feedback',
]);

export const ID = '00000000-0000-0000-0000-000000000000';
export const concrete = (path: string) => path.replaceAll(':id', ID).replaceAll(':deliveryId', ID);

/** The (METHOD path) pairs of Fastify's route tree, HEAD left out (it follows GET). */
export function routeTable(tree: string): string[] {
  const stack: string[] = [''];
  const out: string[] = [];
  for (const line of tree.split('\n')) {
    const m = /^([│├└─\s]*)(\S.*?) \(([A-Z, ]+)\)$/.exec(line);
    if (!m) continue;
    const depth = m[1]!.length / 4; // each level of the tree is drawn 4 characters wide
    const parent = stack[depth - 1]!;
    const path = `${parent}${parent.endsWith('/') || m[2]!.startsWith('/') ? '' : '/'}${m[2]!}`;
    stack[depth] = path;
    for (const method of m[3]!.split(', ')) if (method !== 'HEAD') out.push(`${method} ${path}`);
  }
  return out;
}

