/** New waiting chats: a short beep (Web Audio: no asset, CSP-safe), a desktop notification, and a count in the tab title. */
let audio: AudioContext | null = null;

export function beep(): void {
  try {
    audio ??= new AudioContext();
    const osc = audio.createOscillator();
    const gain = audio.createGain();
    osc.frequency.value = 880;
    gain.gain.value = 0.1;
    osc.connect(gain).connect(audio.destination);
    osc.start();
    osc.stop(audio.currentTime + 0.15);
  } catch {
    // No audio (autoplay policy before any click): the title badge still shows.
  }
}

export function setTitleBadge(count: number, name: string): void {
  document.title = count > 0 ? `(${count}) ${name}` : name;
}

/** What the browser allows: `unsupported` where there is no Notification API (some webviews, http origins). */
export const notificationPermission = (): NotificationPermission | 'unsupported' => ('Notification' in window ? Notification.permission : 'unsupported');

/** Ask once (a click must lead here: browsers ignore requests without one). */
export async function askNotificationPermission(): Promise<NotificationPermission | 'unsupported'> {
  if (!('Notification' in window)) return 'unsupported';
  return Notification.requestPermission();
}

/**
 * A desktop notification when the agent is elsewhere (the console not focused) and has allowed them; one per
 * `tag` (a conversation), and a click brings the console back on it.
 */
export function notifyDesktop(title: string, body: string, tag: string, onClick: () => void): void {
  if (notificationPermission() !== 'granted' || document.hasFocus()) return;
  const n = new Notification(title, { body, tag, lang: document.documentElement.lang });
  n.onclick = () => (window.focus(), onClick(), n.close());
}
