/**
 * The public API: options and arguments checked (errors name the bad one), events for the host, and the
 * launcher (./launcher.ts) with the chat iframe and its messaging (./frame.ts), which come only on intent
 * (hover, focus, touch, click, or an API call that needs them), through `loadFrame`. One implementation for
 * the script tag (loader.js queues calls and draws the launcher; ./take-over.ts runs this in its second part,
 * loader-frame.js) and the ES module (widget/sdk). No framework, and written for size.
 */
import { normalizeLocale } from '../../protocol/locale.ts';
import { IDENTITY_MAX, type HostToWidget, type MessageAuthor } from '../../protocol/host-messages.ts';
import { parseHex } from '../../ui/color.ts';
import type { connectFrame } from './frame.ts';
import { drawLauncher, nameOf, removeLauncher, type Drawn } from './launcher.ts';

export interface KefuOptions {
  /** The site's id on the Kefu server (letters, digits, _ and -). */
  site?: string;
  /** UI language ("zh-CN", "en", "ar"…); default: the browser's. */
  locale?: string;
  /** Brand colour "#rrggbb" or "#rgb"; the text on it is black or white, whichever contrasts more. */
  brandColor?: string;
  /** Corner of the launcher; default "right". */
  position?: 'left' | 'right';
  /** The launcher's accessible name; default: "Chat with support" in the UI language. */
  label?: string;
  /** "auto" (default) follows prefers-color-scheme. */
  theme?: 'auto' | 'light' | 'dark';
  /** A short sound when a message arrives while the chat is closed. */
  sound?: boolean;
  /** A proactive bubble after `delay` seconds, shown once per browser (flag `kefu:greeted` in localStorage). */
  greeting?: { text: string; delay?: number };
}

export interface KefuEvents {
  ready: undefined;
  open: undefined;
  close: undefined;
  message: { author: MessageAuthor; text: string };
  unread: number;
}
export type KefuEvent = keyof KefuEvents;

export interface Kefu {
  init(options?: KefuOptions): void;
  open(): void;
  close(): void;
  toggle(): void;
  /** Pass on a signed identity token from your backend (never a password or a raw user id). */
  identify(token: string): void;
  /**
   * Another language for the launcher and the chat, and the bot's: not over a language the visitor chose in the chat
   * (or an agent chose for them) unless `{ override: true }`.
   */
  setLocale(locale: string, options?: { override?: boolean }): void;
  /** Subscribe; returns the function that unsubscribes. */
  on<E extends KefuEvent>(event: E, handler: (payload: KefuEvents[E]) => void): () => void;
  /** Logout: forget the visitor (its storage in the iframe) and remove the launcher. `init` may follow. */
  shutdown(): void;
}

/** A host→widget message without its namespace (the frame adds it). */
export type Post = HostToWidget extends infer M ? (M extends unknown ? Omit<M, 'ns'> : never) : never;

/** What the launcher shares with the frame part while one `init` lasts. */
export interface Launcher extends Drawn {
  /** Sets (and returns) the accessible name, with the unread count when there is one. */
  name(unread?: number): string;
  isOpen: boolean;
  token: string | null;
  emit(event: KefuEvent, payload?: unknown): void;
  /** The visitor is forgotten: take the launcher away; `init` may run again. */
  remove(): void;
}
export type FrameControl = ReturnType<typeof connectFrame>;
export type LoadFrame = () => Promise<{ connectFrame: typeof connectFrame }>;

const fail = (name: string, want: string): never => {
  throw new Error(`Kefu: ${name} must be ${want}`);
};
const isText = (v: unknown, max: number): v is string => typeof v == 'string' && !!v.trim() && v.length <= max;
const isLocale = (v: unknown) => isText(v, 35) && !!normalizeLocale(v);
const LOCALE = 'a language tag like "zh-CN"';

const OPTIONS: Record<string, [test: (v: any) => unknown, want: string]> = {
  site: [(v) => /^[\w-]{1,64}$/.test(v), 'an id (letters, digits, _ or -)'],
  locale: [isLocale, LOCALE],
  brandColor: [parseHex, 'a hex colour like "#1d4ed8"'],
  position: [(v) => /^(left|right)$/.test(v), '"left" or "right"'],
  label: [(v) => isText(v, 80), 'a text of 1 to 80 characters'],
  theme: [(v) => /^(auto|light|dark)$/.test(v), '"auto", "light" or "dark"'],
  sound: [(v) => v === !!v, 'true or false'],
  greeting: [(v) => isText(v?.text, 300) && !(v.delay < 0 || v.delay > 3600), '{ text, delay? } (delay: 0 to 3600 seconds)'],
};
const EVENTS = ['ready', 'open', 'close', 'message', 'unread'];

/**
 * The widget for the Kefu server at `server` (its origin serves /widget and the socket). `drawn`: the launcher
 * loader.js already drew for the `init` call being run now, if any, which that call takes over. `ensure` is
 * for loader.js: the chat iframe, on an intent it saw.
 */
export function createKefu(server: string, loadFrame: LoadFrame, drawn: () => Drawn | undefined = () => undefined): Kefu & { ensure(): void } {
  const origin = new URL(server, location.href).origin;
  const handlers: Record<string, ((payload: any) => void)[]> = {};
  let l: Launcher | null = null;
  let ctrl: Promise<FrameControl> | null = null;

  const initialised = () => l || fail('init', 'called first');
  /** Runs `f` once the frame part is loaded and connected (loading it on first need; the iframe itself comes with `ensure`). */
  const withFrame = (f: (c: FrameControl) => void) => {
    const launcher = initialised();
    (ctrl ||= loadFrame().then(
      (m) => m.connectFrame(launcher, origin),
      (e) => {
        ctrl = null; // offline: try again on the next intent
        throw e;
      },
    )).then(f, console.error);
  };

  const toggle = () => withFrame((c) => c.setOpen(!l!.isOpen));
  const ensure = () => withFrame((c) => c.ensure());

  return {
    init(options = {}) {
      if (typeof options != 'object' || !options) fail('options', 'an object');
      for (const [k, v] of Object.entries(options)) {
        const rule = OPTIONS[k] || fail(`options.${k}`, `one of ${Object.keys(OPTIONS)}`);
        if (!rule[0](v)) fail(`options.${k}`, rule[1]);
      }
      if (l) return; // idempotent
      const d = drawn() || drawLauncher({ ...options }, ensure, toggle);
      const launcher: Launcher = (l = {
        ...d,
        name: (unread) => (d.button.ariaLabel = unread ? `${nameOf(d.o)} (${unread})` : nameOf(d.o)),
        isOpen: false,
        token: null,
        emit: (event, payload) => handlers[event]?.map((h) => queueMicrotask(() => h(payload))),
        remove() {
          removeLauncher(d);
          l = ctrl = null;
        },
      });
      const g = d.o.greeting;
      if (g) setTimeout(() => l == launcher && withFrame((c) => c.greet(g.text)), (g.delay || 0) * 1000 + d.at - Date.now());
    },
    open: () => withFrame((c) => c.setOpen(true)),
    close: () => withFrame((c) => c.setOpen(false)),
    toggle,
    identify(token) {
      if (!isText(token, IDENTITY_MAX)) fail('token', 'a signed identity token (a non-empty string)');
      initialised().token = token;
      ctrl?.then((c) => c.post({ type: 'identify', token }));
    },
    setLocale(locale, options) {
      if (!isLocale(locale)) fail('locale', LOCALE);
      if (options !== undefined && !(typeof options == 'object' && options && [true, false, undefined].includes(options.override))) fail('options', '{ override: true } or left out');
      initialised().o.locale = locale;
      const override = !!options?.override;
      ctrl || override ? withFrame((c) => c.setLocale(locale, override)) : l!.name();
    },
    on(event, handler) {
      if (!EVENTS.includes(event)) fail('event', `one of ${EVENTS}`);
      if (typeof handler != 'function') fail('handler', 'a function');
      const list = (handlers[event] ||= []);
      list.push(handler);
      return () => {
        if (list.includes(handler)) list.splice(list.indexOf(handler), 1);
      };
    },
    shutdown() {
      if (l) withFrame((c) => c.shutdown());
    },
    ensure,
  };
}
