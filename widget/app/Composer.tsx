import { useRef, useState } from 'preact/hooks';
import { LIMITS } from '../../protocol/limits.ts';
import { t } from './i18n.ts';

/** The message box: Enter sends (never while an IME is composing), Shift+Enter is a new line. */
export function Composer({ onSend, inputRef }: { onSend: (text: string) => void; inputRef: { current: HTMLTextAreaElement | null } }) {
  const [text, setText] = useState('');
  const composing = useRef(false);

  const submit = () => {
    const value = text.trim();
    if (!value) return;
    onSend(value);
    setText('');
  };

  return (
    <form
      class="composer"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <textarea
        ref={inputRef}
        rows={1}
        maxLength={LIMITS.messageText}
        aria-label={t('composerLabel')}
        placeholder={t('placeholder')}
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
        onCompositionStart={() => (composing.current = true)}
        onCompositionEnd={() => (composing.current = false)}
        onKeyDown={(e) => {
          if (e.key !== 'Enter' || e.shiftKey) return;
          if (e.isComposing || composing.current || e.keyCode === 229) return; // half-typed pinyin / kana
          e.preventDefault();
          submit();
        }}
      />
      <button type="submit" disabled={!text.trim()}>
        {t('send')}
      </button>
    </form>
  );
}
