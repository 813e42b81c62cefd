import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ChatClient } from './chat/client.ts';
import { Composer } from './Composer.tsx';
import { awayOffer, HandoffPanel, visitorTyping } from './Handoff.tsx';
import { Header } from './Header.tsx';
import { liveBotReply, Transcript } from './Transcript.tsx';
import { AttachTray } from './Attach.tsx';
import { fileDropHandlers } from '../../ui/attach.tsx';
import { t } from './ui-language.ts';
import { LanguageNote } from './LanguageNote.tsx';

export function App({ client, home, onClose }: { client: ChatClient; home: string; onClose: () => void }) {
  const [s, setSnapshot] = useState(client.snapshot);
  // Subscribed after the first paint (a tab in the background paints late): what changed before then is read first.
  useEffect(() => {
    setSnapshot(client.snapshot);
    return client.subscribe(setSnapshot);
  }, [client]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const toEnd = () => {
    const area = scrollRef.current;
    if (area) area.scrollTop = area.scrollHeight;
  };
  // The newest at the bottom on every message; and kept there while what is below it grows after a render (a status
  // line, the place in line, the rating, an image loading), unless the visitor has scrolled up to read.
  useEffect(toEnd, [s.messages.length, s.pending.length, s.earlier.length]);
  // The same when the area itself shrinks (a line above or below it appears: the language note, the quick replies).
  useEffect(() => {
    const area = scrollRef.current!;
    // The heights it had when last resized: was the visitor at its end?
    let [seen, seenView] = [0, 0];
    const grown = new ResizeObserver(() => {
      if (area.scrollTop + seenView >= seen - 4) toEnd();
      [seen, seenView] = [area.scrollHeight, area.clientHeight];
    });
    grown.observe(area.firstElementChild!);
    grown.observe(area);
    return () => grown.disconnect();
  }, []);

  // Quick replies under the last bot reply while the bot has the chat: "did you mean…" or the answer's follow-ups.
  const bot = liveBotReply(s)?.bot;
  const quick =
    bot?.kind === 'suggest' ? { label: t('quickReplies'), items: bot.suggestions } : bot?.kind === 'answer' ? { label: t('followUps'), items: bot.followUps ?? [] } : null;
  const onTyping = useMemo(() => visitorTyping(client, s), [client, s.status]);
  const limited = s.lastError?.code === 'rate_limited' && s.pending.some((p) => p.failed?.code === 'rate_limited');
  // The ticket form open: on a phone the composer steps aside so the form has the screen (the rating is short
  // and skippable: the composer stays, to start a new conversation).
  const form = awayOffer(s) && !s.handoff.ticket ? 'ticket' : undefined;
  // A file picked, pasted or dropped, waiting in the tray above the composer until it is sent or removed.
  const [picked, setPicked] = useState<File | null>(null);
  const [dragging, setDragging] = useState(false);
  // The control last focused: when a render takes it away (the chip once in line, the form once sent, the tray once
  // sent or removed), focus goes to what took its place, not back to the start of the page.
  const focused = useRef<Element | null>(null);
  useEffect(() => {
    const gone = focused.current;
    if (!gone || gone.isConnected || document.activeElement !== document.body) return;
    focused.current = null;
    // A panel's first control or its new text (tabindex -1: the ticket stored, the thanks for a rating), else the
    // handoff chip, else the paperclip; after the tray, the paperclip that opened it.
    document.querySelector<HTMLElement>(gone.closest('.attach-tray') ? '.composer input' : '.panel :is([tabindex],button,input),.handoff,.composer input')?.focus();
  });

  return (
    <div
      class="chat"
      data-form={form}
      data-dragging={dragging || undefined}
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
      onInput={onTyping}
      onFocusIn={(e) => (focused.current = e.target as Element)}
      {...fileDropHandlers(setPicked, setDragging)}
    >
      {dragging && (
        <p class="drop-hint" aria-hidden="true">
          {t('attach_drop')}
        </p>
      )}
      <Header s={s} client={client} onClose={onClose} />
      <LanguageNote s={s} client={client} home={home} />
      <div class="scroll" ref={scrollRef}>
        <div>
          <Transcript s={s} client={client} />
          <HandoffPanel s={s} client={client} />
        </div>
      </div>
      {s.reopenFailed && (
        <p class="notice" role="status">
          {t(s.reopenFailed === 'invalid' ? 'reopen_invalid' : 'reopen_sign_in')}
        </p>
      )}
      {limited && <p class="notice" role="alert">{t('error_rate_limited', { seconds: s.lastError?.retryAfter ?? 5 })}</p>}
      {quick && quick.items.length > 0 && (
        <div class="quick-replies" role="group" aria-label={quick.label}>
          {quick.items.map((q) => (
            <button type="button" class="chip" key={q.faqId} onClick={() => client.send(q.question)}>
              {q.question}
            </button>
          ))}
        </div>
      )}
      {/* Once the server has said the status (a first welcome); not while the link is down: the request would be lost. */}
      {s.conversationId !== null && s.status === 'bot' && !awayOffer(s) && (
        <button type="button" class="chip handoff" disabled={s.connection !== 'online'} onClick={() => client.requestHandoff()}>
          {s.handoff.reach?.kind === 'away' ? t('ticket_title') : t('handoff')}
        </button>
      )}
      {picked && <AttachTray key={`${picked.name}:${picked.size}:${picked.lastModified}`} file={picked} client={client} onDone={() => setPicked(null)} />}
      <Composer onSend={(text) => client.send(text)} onFile={setPicked} inputRef={inputRef} />
    </div>
  );
}
