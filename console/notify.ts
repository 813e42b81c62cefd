/** New waiting chats: a short beep (Web Audio: no asset, CSP-safe) and a count in the tab title. */
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
