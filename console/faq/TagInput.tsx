import { useState } from 'preact/hooks';
import { t } from '../i18n.ts';
import { withTags } from './faq-draft.ts';

/**
 * The field's own keys, not the inbox's (tests/console/shortcuts.test.ts lets this file read them, as the Sites page's
 * holiday field reads its Enter): what each does with what is typed.
 */
const FIELD_KEYS: Record<string, 'add' | 'take_back'> = { Enter: 'add', ',': 'add', Backspace: 'take_back' };

/**
 * An entry's tags as an agent knows them from a help desk: each a chip with ×, the chips wrapping onto more lines,
 * a text field after them. Enter or a comma adds what is typed (a pasted "a, b, c" adds three); Backspace in the
 * empty field takes the last chip back; what is left typed when the field loses focus is added too, so Save keeps it.
 * A viewer sees the chips only.
 */
export function TagInput(props: {
  id: string;
  tags: readonly string[];
  onChange: (tags: string[]) => void;
  readOnly: boolean;
  /** The ids of the hint and the error under the field. */
  describedBy?: string;
  invalid: boolean;
}) {
  const [text, setText] = useState('');
  const add = (typed: string) => {
    setText('');
    const next = withTags(props.tags, typed);
    if (next.length !== props.tags.length) props.onChange(next);
  };
  return (
    // A click on the box beside the chips is a click in the field, as on any text field.
    <div class="tag-input" data-invalid={props.invalid || undefined} data-read-only={props.readOnly || undefined} onClick={(e) => e.target === e.currentTarget && e.currentTarget.querySelector('input')?.focus()}>
      <ul class="chips" aria-label={t('faq_tags')}>
        {props.tags.map((tag) => (
          <li key={tag} class="chip">
            <span title={tag}>{tag}</span>
            {!props.readOnly && <button type="button" class="chip-remove" aria-label={t('faq_tag_remove', { name: tag })} onClick={() => props.onChange(props.tags.filter((x) => x !== tag))}>×</button>}
          </li>
        ))}
      </ul>
      {props.readOnly ? (
        props.tags.length === 0 && <span class="muted">—</span>
      ) : (
        <input
          id={props.id}
          value={text}
          placeholder={t('faq_tag_new')}
          spellcheck={false}
          autocomplete="off"
          aria-invalid={props.invalid || undefined}
          aria-describedby={props.describedBy}
          // A comma that came as text (an input method's ，, a paste): everything typed becomes tags.
          onInput={(e) => (/[,，、]/.test(e.currentTarget.value) ? add(e.currentTarget.value) : setText(e.currentTarget.value))}
          onKeyDown={(e) => {
            // Not while an input method composes (its Enter takes the words), nor with a modifier.
            const does = e.isComposing || e.keyCode === 229 || e.altKey || e.ctrlKey || e.metaKey ? undefined : FIELD_KEYS[e.key];
            // With nothing typed, Enter is the form's (Save) and a comma is dropped as text.
            if (does === 'add' && text.trim()) {
              e.preventDefault();
              add(text);
            } else if (does === 'take_back' && text === '' && props.tags.length > 0) {
              e.preventDefault();
              props.onChange(props.tags.slice(0, -1));
            }
          }}
          onBlur={() => text.trim() && add(text)}
        />
      )}
    </div>
  );
}
