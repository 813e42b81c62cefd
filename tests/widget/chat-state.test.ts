import { describe, expect, it } from 'vitest';
import { backoffDelay } from '../../protocol/backoff.ts';
import { loadState, saveState } from '../../widget/app/chat/persisted.ts';
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
    const state = { token: 't0k3n', outbox: [{ clientId: 'abcdefgh', text: 'hi', createdAt: 1, secret: 'x' }], apiKey: 'leak', language: { site: 'shop', locale: 'ja', email: 'a@b.c' } };
    saveState(s as unknown as Storage, state as never);
    expect(JSON.parse(s.getItem('kefu:v1')!)).toEqual({ token: 't0k3n', outbox: [{ clientId: 'abcdefgh', text: 'hi', createdAt: 1 }], language: { site: 'shop', locale: 'ja' } });
  });

  it('reads back what it wrote and survives garbage', () => {
    const s = new MemoryStorage();
    const state = { token: 'abc', outbox: [{ clientId: 'abcdefgh', text: 'hi', createdAt: 5 }], language: { site: null, locale: 'ja' } };
    saveState(s as unknown as Storage, state);
    expect(loadState(s as unknown as Storage)).toEqual(state);
    const empty = { token: null, outbox: [], language: null };
    s.setItem('kefu:v1', '{not json');
    expect(loadState(s as unknown as Storage)).toEqual(empty);
    s.setItem('kefu:v1', JSON.stringify({ token: 5, outbox: [{ clientId: 1 }, 'x'], language: { site: 3, locale: 'ja' } }));
    expect(loadState(s as unknown as Storage)).toEqual(empty);
    s.setItem('kefu:v1', JSON.stringify({ token: null, outbox: [], language: { site: null, locale: 'x'.repeat(36) } }));
    expect(loadState(s as unknown as Storage)).toEqual(empty);
    expect(loadState(null)).toEqual(empty);
  });

  it('a storage that refuses every write (Safari private mode, a locked-down webview) is passed over quietly', () => {
    const refusing = { getItem: () => null, setItem: () => { throw new DOMException('quota', 'QuotaExceededError'); } };
    expect(() => saveState(refusing as unknown as Storage, { token: 't', outbox: [], language: { site: null, locale: 'ja' } })).not.toThrow();
    expect(loadState(refusing as unknown as Storage)).toEqual({ token: null, outbox: [], language: null });
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
