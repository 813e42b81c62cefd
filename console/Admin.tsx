import { useEffect, useState } from 'preact/hooks';
import type { AgentInfo, CannedReply } from '../protocol/index.ts';
import { api } from './api.ts';

/** Admins: add, disable, remove agents; manage canned replies. */
export function Admin({ me, agents }: { me: AgentInfo; agents: AgentInfo[] }) {
  const [error, setError] = useState<string | null>(null);
  const [canned, setCanned] = useState<CannedReply[]>([]);
  const loadCanned = () => api<{ cannedReplies: CannedReply[] }>('GET', '/api/v1/canned-replies').then((r) => r.ok && setCanned(r.data.cannedReplies));
  useEffect(() => void loadCanned(), []);

  const run = async (call: Promise<{ ok: boolean; message?: string }>) => {
    const r = await call;
    setError(r.ok ? null : (r.message ?? 'failed'));
    return r.ok;
  };
  const addAgent = async (e: Event) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const f = new FormData(form);
    const body = { email: f.get('email'), name: f.get('name'), password: f.get('password'), role: f.get('role'), maxChats: Number(f.get('maxChats')), canSeePersonalData: f.get('canSeePersonalData') === 'on' };
    if (await run(api('POST', '/api/v1/agents', body))) form.reset();
  };
  const addCanned = async (e: Event) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const f = new FormData(form);
    if (await run(api('POST', '/api/v1/canned-replies', { shortcut: f.get('shortcut'), text: f.get('text') }))) {
      form.reset();
      await loadCanned();
    }
  };

  return (
    <div class="admin">
      {error && <p role="alert" class="alert alert-danger">{error}</p>}
      <h2>Agents</h2>
      <ul>
        {agents.map((a) => (
          <li key={a.id}>
            {a.name} ({a.email}) · {a.role} · {a.presence} · {a.activeChats}/{a.maxChats} {a.disabled && '· disabled'}
            {a.id !== me.id && (
              <>
                {a.role === 'agent' && (
                  <label class="choice">
                    <input type="checkbox" role="switch" checked={a.canSeePersonalData} onChange={() => run(api('PATCH', `/api/v1/agents/${a.id}`, { canSeePersonalData: !a.canSeePersonalData }))} /> may see contact details
                  </label>
                )}
                <button type="button" class="btn btn-sm" onClick={() => run(api('PATCH', `/api/v1/agents/${a.id}`, { disabled: !a.disabled }))}>{a.disabled ? 'Enable' : 'Disable'}</button>
                <button type="button" class="btn btn-sm btn-danger" onClick={() => run(api('DELETE', `/api/v1/agents/${a.id}`))}>Remove</button>
              </>
            )}
          </li>
        ))}
      </ul>
      <form onSubmit={addAgent} aria-label="Add agent">
        <input name="name" placeholder="Name" required />
        <input name="email" type="email" placeholder="Email" required />
        <input name="password" type="password" placeholder="Password (10+)" minLength={10} required />
        <select name="role"><option value="agent">agent</option><option value="admin">admin</option></select>
        <input name="maxChats" type="number" min={1} max={50} value={5} aria-label="Chat limit" />
        <label class="choice"><input name="canSeePersonalData" type="checkbox" /> may see contact details</label>
        <button type="submit" class="btn btn-primary">Add agent</button>
      </form>
      <h2>Canned replies</h2>
      <ul>
        {canned.map((c) => (
          <li key={c.id}>
            <strong>/{c.shortcut}</strong> {c.text}{' '}
            <button type="button" class="btn btn-sm btn-danger" onClick={async () => (await run(api('DELETE', `/api/v1/canned-replies/${c.id}`))) && loadCanned()}>Delete</button>
          </li>
        ))}
      </ul>
      <form onSubmit={addCanned} aria-label="Add canned reply">
        <input name="shortcut" placeholder="shortcut" pattern="[a-z0-9_\-]{1,32}" required />
        <input name="text" placeholder="Text" required />
        <button type="submit" class="btn btn-primary">Save</button>
      </form>
    </div>
  );
}
