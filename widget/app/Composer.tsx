import { useRef, useState } from 'preact/hooks';
import { LIMITS } from '../../protocol/limits.ts';
import { findCardNumbers, maskCardNumbers, maskedCard } from '../../protocol/card-numbers.ts';
import { t } from './ui-language.ts';
import { AttachButton } from '../../ui/attach.tsx';

/** Between a number and the caret while it is still being typed: the group separators. */
const STILL_TYPING = /^[\s.\-\u2010-\u2013\uFF0D\uFF0E]*$/;

/**
 * Mask card numbers in the box (the server masks again: it is authoritative). While the visitor types,
 * a number that ends at the caret is left until they move on, so its last groups can still be typed.
 * Returns whether the text holds a card number at all.
 */
function maskInBox(el: HTMLTextAreaElement, typing: boolean): boolean {
  const value = el.value;
  const caret = el.selectionStart;
  const found = findCardNumbers(value);
  const now = found.filter((m) => !(typing && m.end <= caret && STILL_TYPING.test(value.slice(m.end, caret))));
  if (now.length > 0) {
    const masked = maskCardNumbers(value, 'last4', now);
    const shift = now.filter((m) => m.start < caret).reduce((sum, m) => sum + maskedCard(m.digits, 'last4').length - (m.end - m.start), 0);
    el.value = masked;
    el.setSelectionRange(caret + shift, caret + shift);
  }
  return found.length > 0;
}

/** The message box: Enter sends (never while an IME is composing), Shift+Enter is a new line. */
export function Composer({ onSend, onFile, inputRef }: { onSend: (text: string) => void; onFile: (file: File) => void; inputRef: { current: HTMLTextAreaElement | null } }) {
  const [text, setText] = useState('');
  const [cardHidden, setCardHidden] = useState(false);
  const composing = useRef(false);

  const submit = () => {
    const value = maskCardNumbers(text).trim();
    if (!value) return;
    onSend(value);
    setText('');
    setCardHidden(false);
  };

  const update = (el: HTMLTextAreaElement, typing: boolean) => {
    if (maskInBox(el, typing)) setCardHidden(true);
    setText(el.value);
  };

  return (
    <>
      {cardHidden && (
        <p class="notice card-notice" role="status">
          {t('cardMasked')}
        </p>
      )}
      <form
        class="composer"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <AttachButton label={t('attach_button')} onFile={onFile} />
        <textarea
          ref={inputRef}
          rows={1}
          maxLength={LIMITS.messageText}
          aria-label={t('composerLabel')}
          placeholder={t('placeholder')}
          value={text}
          onInput={(e) => {
            const kind = (e as unknown as InputEvent).inputType ?? '';
            update(e.currentTarget, kind.startsWith('insert') && kind !== 'insertFromPaste' && kind !== 'insertFromDrop');
          }}
          onBlur={(e) => update(e.currentTarget, false)}
          onCompositionStart={() => (composing.current = true)}
          onCompositionEnd={() => (composing.current = false)}
          onKeyDown={(e) => {
            if (e.key !== 'Enter' || e.shiftKey) return;
            if (e.isComposing || composing.current || e.keyCode === 229) return; // half-typed pinyin / kana
            e.preventDefault();
            submit();
          }}
        />
        <button type="submit" class="btn btn-primary" disabled={!text.trim()}>
          {t('send')}
        </button>
      </form>
    </>
  );
}
