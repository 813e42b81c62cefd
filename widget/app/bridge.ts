import { HOST_NS, isHostToWidget, type HostToWidget, type WidgetToHost } from '../../protocol/host-messages.ts';

/**
 * The widget's link to whoever hosts it. In the iframe: the loader, in the parent window, at its exact
 * origin. In full-page mode (/chat) inside an app: the first native bridge that exists —
 *   iOS      window.webkit.messageHandlers.kefu.postMessage(json)   (WKScriptMessageHandler named "kefu")
 *   Android  window.KefuAndroid.postMessage(json)                   (addJavascriptInterface(obj, "KefuAndroid"))
 *   RN       window.ReactNativeWebView.postMessage(json)            (react-native-webview's onMessage)
 * — else a parent window. Events are the protocol's WidgetToHost objects, as JSON for native sides.
 * The native side sends commands through one entry point, `window.KefuNative.receive(json)`: a JSON object
 * with a `type` (identify, locale, open, close, shutdown, page), checked by the protocol's hand-written guard.
 */
interface NativeSink {
  postMessage(json: string): void;
}
type BridgeWindow = Window & {
  webkit?: { messageHandlers?: { kefu?: NativeSink } };
  KefuAndroid?: NativeSink;
  ReactNativeWebView?: NativeSink;
  KefuNative?: { receive(json: unknown): boolean };
};

/** Longest command JSON accepted from the native side. */
const NATIVE_MAX = 8192;

export function nativeSink(w: BridgeWindow): NativeSink | null {
  return w.webkit?.messageHandlers?.kefu ?? w.KefuAndroid ?? w.ReactNativeWebView ?? null;
}

/** One command from the native side: a JSON object with a `type` (the namespace is added); null if invalid. */
export function parseNativeCommand(json: unknown): HostToWidget | null {
  if (typeof json !== 'string' || json.length > NATIVE_MAX) return null;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const command = { ...value, ns: HOST_NS };
  return isHostToWidget(command) ? command : null;
}

export interface BridgeOptions {
  pageMode: boolean;
  /** The embedding page's origin (the loader's `host` parameter), if any. */
  hostOrigin: string | null;
  onCommand(command: HostToWidget): void;
}

/** Listens for commands (parent window; native in page mode) and returns the function that sends events. */
export function connectBridge({ pageMode, hostOrigin, onCommand }: BridgeOptions): (event: WidgetToHost) => void {
  const w = window as BridgeWindow;
  const framed = window.parent !== window;
  window.addEventListener('message', (event: MessageEvent) => {
    if (!framed || event.source !== window.parent || event.origin !== hostOrigin || !isHostToWidget(event.data)) return;
    onCommand(event.data);
  });
  if (pageMode) {
    w.KefuNative = {
      receive(json) {
        const command = parseNativeCommand(json);
        if (command) onCommand(command);
        return command !== null;
      },
    };
  }
  return (event) => {
    const native = pageMode ? nativeSink(w) : null; // looked up on each send: a native side may attach late
    if (native) native.postMessage(JSON.stringify(event));
    else if (framed && hostOrigin) window.parent.postMessage(event, hostOrigin);
  };
}
