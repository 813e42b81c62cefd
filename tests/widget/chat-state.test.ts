import { describe, expect, it } from 'vitest';
import { backoffDelay } from '../../protocol/backoff.ts';
import { KEPT_SITES, keepLanguage, keptFor, loadState, saveState } from '../../widget/app/chat/persisted.ts';
import { launcherLabel } from '../../widget/loader/strings.ts';

class MemoryStorage implements Pick<Storage, 'getItem' | 'setItem'> {
  data = new Map<string, string>();
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.data.set(k, v);
  }
}

describe('reconnect backoff', () => {
  it('uses full jitter: 0 up to base·2^attempt, capped', () => {
    expect(backoffDelay(0, () => 0)).toBe(0);
    expect(backoffDelay(0, () => 0.999)).toBe(499);
    expect(backoffDelay(3, () => 0.5)).toBe(2000);
    expect(backoffDelay(40, () => 0.999)).toBe(9_990);
  });
});

describe('persisted widget state', () => {
  it('writes only allow-listed fields', () => {
    const s = new MemoryStorage();
    const state = { token: 't0k3n', outbox: [{ clientId: 'abcdefgh', text: 'hi', createdAt: 1, secret: 'x' }], apiKey: 'leak', languages: [{ site: 'shop', locale: 'ja', email: 'a@b.c' }] };
    saveState(s as unknown as Storage, state as never);
    expect(JSON.parse(s.getItem('kefu:v1')!)).toEqual({ token: 't0k3n', outbox: [{ clientId: 'abcdefgh', text: 'hi', createdAt: 1 }], languages: [{ site: 'shop', locale: 'ja' }] });
  });

  it('reads back what it wrote and survives garbage', () => {
    const s = new MemoryStorage();
    const state = { token: 'abc', outbox: [{ clientId: 'abcdefgh', text: 'hi', createdAt: 5 }], languages: [{ site: null, locale: 'ja' }, { site: 'shop', locale: 'ko' }] };
    saveState(s as unknown as Storage, state);
    expect(loadState(s as unknown as Storage)).toEqual(state);
    const empty = { token: null, outbox: [], languages: [] };
    s.setItem('kefu:v1', '{not json');
    expect(loadState(s as unknown as Storage)).toEqual(empty);
    s.setItem('kefu:v1', JSON.stringify({ token: 5, outbox: [{ clientId: 1 }, 'x'], languages: [{ site: 3, locale: 'ja' }, 'ja', null] }));
    expect(loadState(s as unknown as Storage)).toEqual(empty);
    s.setItem('kefu:v1', JSON.stringify({ token: null, outbox: [], languages: [{ site: null, locale: 'x'.repeat(36) }] }));
    expect(loadState(s as unknown as Storage)).toEqual(empty);
    s.setItem('kefu:v1', JSON.stringify({ token: null, outbox: [], languages: { site: null, locale: 'ja' } }));
    expect(loadState(s as unknown as Storage)).toEqual(empty);
    expect(loadState(null)).toEqual(empty);
  });

  it('a storage that refuses every write (Safari private mode, a locked-down webview) is passed over quietly', () => {
    const refusing = { getItem: () => null, setItem: () => { throw new DOMException('quota', 'QuotaExceededError'); } };
    expect(() => saveState(refusing as unknown as Storage, { token: 't', outbox: [], languages: [{ site: null, locale: 'ja' }] })).not.toThrow();
    expect(loadState(refusing as unknown as Storage)).toEqual({ token: null, outbox: [], languages: [] });
  });

  it("keeps one language per site: the old one-slot shape is read as its site's, a later choice moves last, past 8 sites the longest unchanged goes", () => {
    const s = new MemoryStorage();
    // Stored before a device kept one per site: `language`, one slot.
    s.setItem('kefu:v1', JSON.stringify({ token: 'abc', outbox: [], language: { site: 'shop', locale: 'ja' } }));
    let state = loadState(s as unknown as Storage);
    expect(state.languages).toEqual([{ site: 'shop', locale: 'ja' }]);
    expect(keptFor(state.languages, 'shop')).toBe('ja');
    expect(keptFor(state.languages, 'bank')).toBeNull();
    state = { ...state, languages: keepLanguage(state.languages, 'bank', 'ko') };
    saveState(s as unknown as Storage, state);
    expect(JSON.parse(s.getItem('kefu:v1')!)).toEqual({ token: 'abc', outbox: [], languages: [{ site: 'shop', locale: 'ja' }, { site: 'bank', locale: 'ko' }] });
    // Choosing again on a site replaces its language and makes it the latest; forgetting drops that site alone.
    let kept = keepLanguage(state.languages, 'shop', 'es');
    expect(kept).toEqual([{ site: 'bank', locale: 'ko' }, { site: 'shop', locale: 'es' }]);
    expect(keepLanguage(kept, 'bank', null)).toEqual([{ site: 'shop', locale: 'es' }]);
    // A ninth site: the site whose choice is oldest ('bank') is dropped, the others stay.
    for (const site of ['s3', 's4', 's5', 's6', 's7', 's8']) kept = keepLanguage(kept, site, 'en');
    expect(kept).toHaveLength(KEPT_SITES);
    kept = keepLanguage(kept, null, 'vi');
    expect(kept.map((k) => k.site)).toEqual(['shop', 's3', 's4', 's5', 's6', 's7', 's8', null]);
    // Stored twice for one site (another tab's older write): the later entry is the site's.
    s.setItem('kefu:v1', JSON.stringify({ token: null, outbox: [], languages: [{ site: 'a', locale: 'ja' }, { site: 'b', locale: 'ko' }, { site: 'a', locale: 'es' }] }));
    expect(loadState(s as unknown as Storage).languages).toEqual([{ site: 'b', locale: 'ko' }, { site: 'a', locale: 'es' }]);
  });
});

describe('launcher label', () => {
  it.each([
    ['zh-CN', '联系客服'],
    ['zh', '联系客服'],
    ['zh-Hant-HK', '聯絡客服'],
    ['en-GB', 'Chat with support'],
    ['xx', 'Chat with support'],
    ['ja-JP', 'サポートに問い合わせる'],
  ])('%s → %s', (locale, label) => expect(launcherLabel(locale)).toBe(label));
});
