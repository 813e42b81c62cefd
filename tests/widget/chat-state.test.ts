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
    const state = { token: 't0k3n', outbox: [{ clientId: 'abcdefgh', text: 'hi', createdAt: 1, secret: 'x' }], apiKey: 'leak' };
    saveState(s as unknown as Storage, state as never);
    expect(JSON.parse(s.getItem('kefu:v1')!)).toEqual({ token: 't0k3n', outbox: [{ clientId: 'abcdefgh', text: 'hi', createdAt: 1 }] });
  });

  it('reads back what it wrote and survives garbage', () => {
    const s = new MemoryStorage();
    saveState(s as unknown as Storage, { token: 'abc', outbox: [{ clientId: 'abcdefgh', text: 'hi', createdAt: 5 }] });
    expect(loadState(s as unknown as Storage)).toEqual({ token: 'abc', outbox: [{ clientId: 'abcdefgh', text: 'hi', createdAt: 5 }] });
    s.setItem('kefu:v1', '{not json');
    expect(loadState(s as unknown as Storage)).toEqual({ token: null, outbox: [] });
    s.setItem('kefu:v1', JSON.stringify({ token: 5, outbox: [{ clientId: 1 }, 'x'] }));
    expect(loadState(s as unknown as Storage)).toEqual({ token: null, outbox: [] });
    expect(loadState(null)).toEqual({ token: null, outbox: [] });
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
