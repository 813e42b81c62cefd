import { render } from 'preact';
import { HOST_NS, type HostToWidget } from '../../protocol/host-messages.ts';
import { reportActivity } from './activity.ts';
import { App } from './App.tsx';
import { applyAppearance } from '../../ui/appearance.ts';
import { connectBridge } from './bridge.ts';
import { ChatClient } from './chat/client.ts';
import { browserStorage } from './chat/persisted.ts';
import { changeUiLocale, initUiLanguage, pickUiLocale } from './ui-language.ts';
import { enterPageMode } from './page-mode.ts';

/**
 * The chat app: in an iframe on the Kefu origin under the loader (/widget), or full-page in an app's webview
 * (/chat). It talks to the host only through ./bridge.ts (exact origins, hand-written guards). Settings come
 * as query parameters (site, locale, theme, brand, sound): never a secret — identity arrives by a command.
 */
async function main(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const pageMode = location.pathname === '/chat';
  // An e-mail's reopen code: out of the address at once (history, bookmarks, a shared screenshot), kept in memory
  // for the hello that exchanges it; a reload cannot send it again (it is single use anyway).
  const reopen = pageMode ? params.get('reopen') : null;
  if (reopen !== null) {
    params.delete('reopen');
    history.replaceState(history.state, '', `${location.pathname}${params.size > 0 ? `?${params}` : ''}${location.hash}`);
  }
  // Commands may arrive while the language loads: keep them, in order, for when the app is up.
  const early: HostToWidget[] = [];
  let handle: (command: HostToWidget) => void = (command) => early.push(command);
  const send = connectBridge({ pageMode, hostOrigin: params.get('host'), onCommand: (c) => handle(c) });

  applyAppearance(params.get('brand'), params.get('theme'));
  const locale = pickUiLocale(params.get('locale'), navigator.languages);
  await initUiLanguage(locale, () => draw()); // strings that arrive later redraw the app once it is drawn
  const wsUrl = `${location.origin.replace(/^http/, 'ws')}/ws/visitor`;
  const client = new ChatClient({ url: wsUrl, locale, site: params.get('site'), storage: browserStorage(), reopen });
  const setLooking = reportActivity(client, send, params.get('sound') === '1');
  // In page mode the chat is open unless the app says it is hidden or the app is in the background.
  let open = pageMode;
  const looking = () => setLooking(open && document.visibilityState === 'visible');
  document.addEventListener('visibilitychange', looking);
  const requestClose = () => send({ ns: HOST_NS, type: 'close-requested' });

  // The widget's own language (the way back from one it switched to), the host's tag for it, and the one shown.
  let home = locale;
  let hostTag = params.get('locale');
  let shown = locale;
  const show = (language: string) => {
    if (language === shown) return;
    shown = language;
    void changeUiLocale(language).then(draw);
  };
  // The language the bot speaks (the server says it: the one the visitor writes or chose): the widget's words follow.
  client.subscribe(({ language }) => show(language?.locale ?? home));

  // The visitor's own choice kept on this device (chat/persisted.ts): the first paint is already in it.
  const kept = client.snapshot.language?.locale;
  if (kept !== undefined && kept !== home) await changeUiLocale(kept).then(() => (shown = kept), console.error);

  const mount = document.getElementById('app')!;
  const draw = () => render(<App client={client} home={home} onClose={requestClose} />, mount);
  handle = (command) => {
    switch (command.type) {
      case 'open':
        open = true;
        // In the iframe, typing can start at once; full-page (a webview) focuses nothing: it would pop the keyboard.
        if (!pageMode) document.querySelector('textarea')?.focus();
        return looking();
      case 'close':
        open = false;
        return looking();
      case 'page':
        return client.setPage({ url: command.url, title: command.title });
      case 'identify':
        return client.identify(command.token);
      case 'locale':
        // Every `ready` says the host's language again: only another one (or one said with `override`) is the site's
        // choice for the visitor, which wins over the language they write, and over one they or an agent chose only
        // with `override` (the server decides: the widget shows what it answers).
        if (command.locale === hostTag && !command.override) return;
        hostTag = command.locale;
        home = pickUiLocale(command.locale, []);
        return client.chooseLanguage(home, { override: command.override === true });
      case 'shutdown':
        client.forget();
        return send({ ns: HOST_NS, type: 'forgotten' });
    }
  };

  if (pageMode) enterPageMode(requestClose);
  draw();
  looking();
  for (const command of early.splice(0)) handle(command); // before start: an identity goes in the first hello
  client.start();
  send({ ns: HOST_NS, type: 'ready' });
}

void main();
