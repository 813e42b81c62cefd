import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ErrorBody, ErrorFrame, REFUSAL_REASONS } from '../../protocol/index.ts';
import { REFUSAL_KEYS } from '../../console/refusal.ts';

/** The refusal reason on the wire: typed on the error frame and the REST error body, and said by the console. */
describe('refusal reasons', () => {
  it('an error frame and an error body carry a known reason beside the English message', () => {
    const frame = { type: 'error', code: 'conflict', message: 'someone else changed this conversation first', reason: 'claimed_by_other', ref: 'r1' };
    expect(ErrorFrame.parse(frame)).toEqual(frame);
    const body = { error: { code: 'forbidden', message: 'x already has 5 chats (limit 5)', reason: 'over_limit' } };
    expect(ErrorBody.parse(body)).toEqual(body);
  });

  it('a reason is optional, and an unknown one is refused', () => {
    expect(ErrorFrame.parse({ type: 'error', code: 'bad_frame', message: 'no' }).reason).toBeUndefined();
    expect(ErrorFrame.safeParse({ type: 'error', code: 'conflict', message: 'no', reason: 'taken' }).success).toBe(false);
    expect(ErrorBody.safeParse({ error: { code: 'conflict', message: 'no', reason: 'taken' } }).success).toBe(false);
  });

  it('the console has a sentence for every reason, in every language it ships', () => {
    expect(Object.keys(REFUSAL_KEYS).sort()).toEqual([...REFUSAL_REASONS].sort());
    const en = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../console/locales/en.json'), 'utf8')) as Record<string, string>;
    // (tests/console/locales.test.ts holds every other language to en.json's keys.)
    for (const key of Object.values(REFUSAL_KEYS)) expect(en[key], key).toBeTruthy();
  });
});
