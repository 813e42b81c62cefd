import { describe, expect, it } from 'vitest';
import { ConversationStatus } from '../../protocol/index.ts';
import { nextStatus, type TransitionEvent } from '../../server/services/state-machine.ts';

const EVENTS: TransitionEvent[] = ['handoff', 'bot_gave_up', 'cancel', 'claim', 'transfer', 'release', 'close'];
const LEGAL: Record<string, ConversationStatus> = {
  'bot handoff': 'waiting',
  'bot bot_gave_up': 'waiting',
  'bot close': 'closed',
  'waiting cancel': 'bot',
  'waiting claim': 'assigned',
  'waiting close': 'closed',
  'assigned transfer': 'assigned',
  'assigned release': 'bot',
  'assigned close': 'closed',
};

describe('conversation state machine', () => {
  for (const from of ConversationStatus.options) {
    for (const event of EVENTS) {
      const key = `${from} ${event}`;
      const expected = LEGAL[key] ?? null;
      it(`${from} --${event}--> ${expected ?? 'rejected'}`, () => {
        expect(nextStatus(from, event)).toBe(expected);
      });
    }
  }

  it('closed is final', () => {
    expect(EVENTS.map((e) => nextStatus('closed', e)).every((s) => s === null)).toBe(true);
  });
});
