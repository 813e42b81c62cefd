import { HOST_NS, PREVIEW_MAX, type WidgetToHost } from '../../protocol/host-messages.ts';
import type { ChatClient, ChatSnapshot } from './chat/client.ts';

/**
 * What the host (loader or native app) hears about: each new message from the bot, an agent or the system;
 * the unread count with a preview while the visitor is not looking; the conversation's state; and a short
 * sound for news while not looking, if the host asked for one. Returns the setter for "the visitor is looking".
 */
export function reportActivity(client: ChatClient, send: (event: WidgetToHost) => void, sound: boolean): (looking: boolean) => void {
  let looking = false;
  let reported: number | null = null; // highest seq already sent as a `message` event
  let seen = 0; // highest seq the visitor has had in front of them
  let unread = -1;
  let status = '';
  let last = client.snapshot;

  const report = (s: ChatSnapshot) => {
    last = s;
    if (s.historySeq === null) return; // before the first welcome nothing is news
    reported ??= seen = s.historySeq;
    const top = s.messages.at(-1)?.seq ?? 0;
    const news = s.messages.filter((m) => m.seq > reported! && m.author !== 'visitor');
    for (const m of news) send({ ns: HOST_NS, type: 'message', author: m.author as 'bot' | 'agent' | 'system', text: m.text });
    reported = Math.max(reported, top);
    if (looking) seen = Math.max(seen, top);
    else if (news.length && sound) beep();
    const waiting = s.messages.filter((m) => m.seq > seen && m.author !== 'visitor');
    if (waiting.length !== unread) {
      unread = waiting.length;
      send({ ns: HOST_NS, type: 'unread', count: unread, preview: waiting.at(-1)?.text.slice(0, PREVIEW_MAX) ?? null });
    }
    if (s.status !== status) send({ ns: HOST_NS, type: 'state', status: (status = s.status) });
  };
  client.subscribe(report);
  return (value) => {
    looking = value;
    report(last);
  };
}

/** A short, quiet tone (Web Audio: no file to fetch). Browsers may refuse it before any interaction. */
function beep(): void {
  try {
    const audio = new AudioContext();
    const tone = audio.createOscillator();
    const gain = audio.createGain();
    gain.gain.value = 0.05;
    tone.frequency.value = 880;
    tone.connect(gain).connect(audio.destination);
    tone.onended = () => void audio.close();
    tone.start();
    tone.stop(audio.currentTime + 0.15);
  } catch {
    // no audio here: the badge still shows
  }
}
