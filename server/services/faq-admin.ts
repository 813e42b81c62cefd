import { createFaqEngine, FaqPackError, parseFaqPack, type FaqEngine, type FaqEntry, type FaqPack } from '../../faq/index.ts';
import { normalizeText } from '../../faq/normalize.ts';
import type { FaqStore, NewFaqEdit } from '../storage/faq-types.ts';
import type { AuditStore } from '../storage/audit-types.ts';
import type { FaqSource } from './conversations.ts';
import type { BuildFaqEngine } from './faq-model-cache.ts';
import { loadPackFromDir } from './faq-pack-files.ts';
import { KefuError } from '../errors.ts';

/**
 * The FAQ content in use, and the admins' edits to it. The shipped pack files (faq/packs/wallet, or
 * KEFU_FAQ_PACK_DIR) are the defaults; the first edit stores the whole pack in the database, and from
 * then on the stored pack is loaded at start-up instead (the repository is never written). Every edit is
 * validated as a whole pack, then stored, then served: the index is rebuilt before the call returns, and
 * a rejected edit changes nothing. Edits run one at a time, and each is recorded in the FAQ's history (who,
 * when, the entry before and after) in the same transaction as the pack; `revert` undoes one.
 */
export interface FaqContent extends FaqSource {
  /** "stored": edited through the admin API; "shipped": the pack files. */
  source(): 'stored' | 'shipped';
  /** Load the stored pack (or the files when there is none) and rebuild the index. Call once before `current()`. */
  reload(): Promise<void>;
  /** Reload when another node saved a newer pack (its version moved); true when it did. Cheap when nothing changed. */
  refresh(): Promise<boolean>;
  /** Replace the whole pack (import). `by`: the agent who edits (null: the system). */
  replacePack(data: unknown, by: string | null): Promise<FaqPack>;
  /** Add an entry; `conflict` when its id exists. */
  createEntry(data: unknown, by: string | null): Promise<FaqEntry>;
  /** Replace an entry; `not_found` when there is none with this id. */
  updateEntry(id: string, data: unknown, by: string | null): Promise<FaqEntry>;
  /** Remove an entry (and the follow-up links to it). */
  deleteEntry(id: string, by: string | null): Promise<void>;
  /** Add a question as an alternate of an entry in one locale (no-op when the entry already has it). */
  addAlternate(id: string, locale: string, question: string, by: string | null): Promise<FaqEntry>;
  /**
   * Undo an edit of the history: its entry as it was before (created back, or removed when the edit created
   * it), or for an import the whole pack before it. `not_found` for an unknown edit. Recorded as a `revert`.
   */
  revert(editId: string, by: string | null): Promise<void>;
}

/** An edit refused for a reason other than validation (that is a FaqPackError). */
export class FaqEditError extends KefuError {
  override name = 'FaqEditError';
  constructor(
    override readonly code: 'not_found' | 'conflict',
    message: string,
  ) {
    super(code, message);
  }
}

/** The stored pack's version moved since this node loaded it (another node saved). */
class PackMoved extends Error {}
const MAX_EDIT_ATTEMPTS = 3;

/** An edit's record before the entry after it is known. */
type Edit = Omit<NewFaqEdit, 'after' | 'packBefore'>;

/** What an edited entry's problems are named after in errors (the request body). */
const BODY = 'body';
const idOf = (data: unknown) => (typeof data === 'object' && data !== null ? (data as { id?: unknown }).id : undefined);

export function createFaqContent(deps: {
  store: FaqStore;
  packDir: string;
  /** The stored pack no longer validates (the shipped files are served instead). */
  onStoredInvalid: (err: unknown) => void;
  /**
   * Builds the engine of a validated pack, at the first load ('start') or for a change since ('change': an edit, another
   * node's edit); the server's reuses saved classifier weights and trains a change in a worker thread. Default: train.
   */
  buildEngine?: BuildFaqEngine;
  /** This node saved a new version of the pack (the other nodes are told to reload). */
  onSaved?: (version: number) => void;
  /** Where each edit is also recorded, with the entry before and after (an import: the entry count). */
  audit?: AuditStore;
}): FaqContent {
  const { store, packDir, onStoredInvalid, buildEngine = async (pack: FaqPack) => createFaqEngine(pack), onSaved, audit } = deps;

  /** The engine in use, where its pack came from, and the stored version it was built from (0: none stored). */
  async function load(): Promise<{ engine: FaqEngine; source: 'stored' | 'shipped'; version: number }> {
    const when = loaded === null ? 'start' : 'change';
    const stored = await store.loadFaqPack();
    if (stored !== null) {
      try {
        return { engine: await buildEngine(parseFaqPack(JSON.parse(stored.json), 'stored pack'), when), source: 'stored', version: stored.version };
      } catch (err) {
        // Refusing to start would take the whole chat down; the stored pack stays until the next edit.
        onStoredInvalid(err);
      }
    }
    return { engine: await buildEngine(await loadPackFromDir(packDir), when), source: 'shipped', version: stored?.version ?? 0 };
  }

  let loaded: Awaited<ReturnType<typeof load>> | null = null;
  const state = () => {
    if (!loaded) throw new Error('the FAQ content is not loaded yet: call reload() first');
    return loaded;
  };
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(edit: () => Promise<T>): Promise<T> => {
    const run = queue.then(edit);
    queue = run.catch(() => undefined);
    return run;
  };
  /**
   * An edit, one at a time on this node. Another node may have saved since this one loaded: the save is
   * then refused (the version moved), and the edit is made again on the newer pack, so no edit is lost.
   */
  const editing = <T>(edit: () => Promise<T>): Promise<T> =>
    serial(async () => {
      for (let attempt = 1; ; attempt++) {
        try {
          return await edit();
        } catch (err) {
          if (!(err instanceof PackMoved)) throw err;
          if (attempt === MAX_EDIT_ATTEMPTS) throw new FaqEditError('conflict', 'the FAQ is being edited on other nodes: try again');
          loaded = await load();
        }
      }
    });

  /** Index a validated pack, store it (with the record of the edit) if no other node saved meanwhile, serve it. */
  async function serve(valid: FaqPack, edit: NewFaqEdit): Promise<FaqPack> {
    const engine = await buildEngine(valid, 'change');
    const version = await store.saveFaqPack(JSON.stringify(engine.pack), edit, state().version);
    if (version === null) throw new PackMoved();
    loaded = { engine, source: 'stored', version };
    onSaved?.(version);
    await audit?.addAudit({
      agentId: edit.agentId,
      action: 'faq.edited',
      target: edit.entryId,
      detail: { kind: edit.action, ...(edit.entryId === null ? { entries: valid.entries.length } : {}), ...(edit.revertOf ? { revertOf: edit.revertOf } : {}) },
      before: edit.before,
      after: edit.after,
    });
    return engine.pack;
  }

  /** The pack with these entries; `edited`: the index of the entry whose problems are named after the request body. */
  function commit(meta: Omit<FaqPack, 'entries'>, entries: unknown[], edit: Edit, edited?: number): Promise<FaqPack> {
    const entrySources = edited === undefined ? undefined : entries.map((e, i) => (i === edited ? BODY : `entry "${String(idOf(e))}"`));
    const valid = parseFaqPack({ ...meta, entries }, 'pack', entrySources ? { entrySources } : {});
    const after = edit.entryId === null ? null : (valid.entries.find((e) => e.id === edit.entryId) ?? null);
    return serve(valid, { ...edit, after, packBefore: null });
  }

  const pack = () => state().engine.pack;
  const replaceEntry = (old: FaqEntry, data: unknown, edit: Edit) => {
    const { entries, ...meta } = pack();
    const at = entries.indexOf(old);
    return commit(meta, entries.map((e, i) => (i === at ? data : e)), edit, at);
  };
  const edit = (by: string | null, action: NewFaqEdit['action'], entryId: string, before: FaqEntry | null, revertOf: string | null = null): Edit => ({
    agentId: by,
    action,
    entryId,
    before,
    revertOf,
  });
  const find = (id: string): FaqEntry => {
    const entry = pack().entries.find((e) => e.id === id);
    if (!entry) throw new FaqEditError('not_found', `no FAQ entry "${id}"`);
    return entry;
  };
  const saved = (p: FaqPack, id: string) => p.entries.find((e) => e.id === id)!;
  const create = async (data: unknown, record: Edit) => {
    const id = idOf(data);
    if (typeof id === 'string' && pack().entries.some((e) => e.id === id)) throw new FaqEditError('conflict', `a FAQ entry "${id}" exists`);
    const { entries, ...meta } = pack();
    return saved(await commit(meta, [...entries, data], record, entries.length), String(id));
  };
  const remove = async (id: string, record: Edit) => {
    const { entries, ...meta } = pack();
    const rest = entries.filter((e) => e.id !== id).map((e) => ({ ...e, followUps: e.followUps.filter((f) => f !== id) }));
    await commit(meta, rest, record);
  };
  const importPack = (data: unknown, by: string | null, revertOf: string | null) =>
    serve(parseFaqPack(data, 'pack'), {
      agentId: by,
      action: revertOf ? 'revert' : 'import',
      entryId: null,
      before: null,
      after: null,
      revertOf,
      packBefore: loaded ? JSON.stringify(pack()) : null,
    });

  return {
    current: () => state().engine,
    source: () => state().source,

    async reload() {
      await serial(async () => {
        loaded = await load();
      });
    },

    refresh: () =>
      serial(async () => {
        if (loaded && (await store.faqPackVersion()) === loaded.version) return false;
        loaded = await load();
        return true;
      }),

    // An imported pack's problems are named by their path in it ("entries.3.locales.ja.answer").
    replacePack: (data, by) => editing(async () => importPack(data, by, null)),

    createEntry: (data, by) => editing(async () => create(data, edit(by, 'create', String(idOf(data)), null))),

    updateEntry: (id, data, by) =>
      editing(async () => {
        const old = find(id);
        return saved(await replaceEntry(old, data, edit(by, 'update', id, old)), id);
      }),

    deleteEntry: (id, by) => editing(async () => remove(id, edit(by, 'delete', id, find(id)))),

    revert: (editId, by) =>
      editing(async () => {
        const undone = await store.getFaqEdit(editId);
        if (!undone) throw new FaqEditError('not_found', 'no such edit');
        if (undone.action === 'import' || (undone.action === 'revert' && undone.packBefore !== null)) {
          if (undone.packBefore === null) throw new FaqEditError('conflict', 'this import came before the history kept packs');
          await importPack(JSON.parse(undone.packBefore), by, editId);
          return;
        }
        const id = undone.entryId!;
        const current = pack().entries.find((e) => e.id === id) ?? null;
        const record = edit(by, 'revert', id, current, editId);
        if (undone.before === null) {
          if (current) await remove(id, record);
        } else if (current) {
          await replaceEntry(current, undone.before, record);
        } else {
          await create(undone.before, record);
        }
      }),

    addAlternate: (id, locale, question, by) =>
      editing(async () => {
        const entry = find(id);
        const content = entry.locales[locale];
        if (!content) throw new FaqPackError([{ source: BODY, path: 'locale', message: `"${locale}" is not a locale of the pack (${pack().locales.join(', ')})` }]);
        const key = normalizeText(question);
        if ([content.question, ...content.alternates].some((q) => normalizeText(q) === key)) return entry;
        const updated = { ...entry, locales: { ...entry.locales, [locale]: { ...content, alternates: [...content.alternates, question] } } };
        return saved(await replaceEntry(entry, updated, edit(by, 'alternate', id, entry)), id);
      }),
  };
}
