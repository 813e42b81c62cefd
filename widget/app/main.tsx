import { render } from 'preact';
import { HOST_NS, isHostToWidget, type WidgetToHost } from '../../protocol/host-messages.ts';
import { App } from './App.tsx';
import { ChatClient } from './chat/client.ts';
import { browserStorage } from './chat/persisted.ts';
import { initI18n, pickUiLocale } from './i18n.ts';

/**
 * The chat app inside the iframe (on the Kefu origin). It talks to the host page only through
 * postMessage with an exact target origin, and accepts only messages from its parent at that origin.
 */
async function main(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const hostOrigin = params.get('host');
  const locale = pickUiLocale(params.get('locale'), navigator.languages);
  await initI18n(locale);
  document.documentElement.lang = locale;

  const toHost = (message: WidgetToHost) => {
    if (hostOrigin && window.parent !== window) window.parent.postMessage(message, hostOrigin);
  };
  const wsUrl = `${location.origin.replace(/^http/, 'ws')}/ws/visitor`;
  const client = new ChatClient({ url: wsUrl, locale, site: params.get('site'), storage: browserStorage() });

  window.addEventListener('message', (event: MessageEvent) => {
    if (event.source !== window.parent || event.origin !== hostOrigin || !isHostToWidget(event.data)) return;
    switch (event.data.type) {
      case 'open':
        document.querySelector('textarea')?.focus();
        break;
      case 'close':
        break;
      case 'page':
        client.setPage({ url: event.data.url, title: event.data.title });
        break;
    }
  });

  render(<App client={client} onClose={() => toHost({ ns: HOST_NS, type: 'close-requested' })} />, document.getElementById('app')!);
  client.start();
  toHost({ ns: HOST_NS, type: 'ready' });
}

void main();
