import { Markdown } from '../../ui/Markdown.tsx';
import { Select } from '../../ui/Select.tsx';
import { language, languageName, t } from '../i18n.ts';
import { issueText } from './issue-text.ts';
import { TagInput } from './TagInput.tsx';
import { entryTitle, errorsAt, type EntryDoc, type EntryDraft, type FieldErrors, type LocaleDraft } from './faq-draft.ts';

/** The messages for a field (in words: see `words`), under it (linked to it by `aria-describedby`). */
function FieldError({ id, messages }: { id: string; messages: string[] }) {
  if (messages.length === 0) return null;
  return <span class="field-error" id={id}>{messages.join(' · ')}</span>;
}

/** The server's messages in the console's language. */
const words = (messages: string[]) => messages.map(issueText);

/** What in a non-empty id breaks its rule (the hint says the rule): the characters it may not have, else its hyphens. */
function idBreach(id: string): string {
  const bad = [...new Set(id.replace(/[a-z0-9-]/g, ''))].map((c) => (c.trim() ? c : t('faq_err_id_space')));
  return bad.length > 0 ? t('faq_err_id_chars', { chars: bad.join(' ') }) : t('faq_err_id_hyphens');
}

/** aria attributes of a field with errors. */
const invalid = (id: string, messages: string[]) => (messages.length ? { 'aria-invalid': 'true' as const, 'aria-describedby': id } : {});

/** One language of an entry: question, alternates, answer, and the answer as the widget shows it. */
function LocaleColumn(props: { locale: string; value: LocaleDraft; errors: FieldErrors; onChange: (v: LocaleDraft) => void; /** A viewer: no rules for writing under the fields. */ readOnly: boolean }) {
  const { locale, value, errors } = props;
  const set = (field: keyof LocaleDraft) => (e: Event) => props.onChange({ ...value, [field]: (e.currentTarget as HTMLInputElement).value });
  const err = (field: string) => words(errorsAt(errors, `locales.${locale}${field ? `.${field}` : ''}`));
  const fid = (field: string) => `faq-${locale}-${field}`;
  const alternates = value.alternates.split('\n').filter((s) => s.trim()).length;
  // The hint says the rule and the count now; the error only how many are missing, and goes once there are enough.
  const alternatesErr = errorsAt(errors, `locales.${locale}.alternates`).flatMap((m) => {
    const least = /^at least (\d+) required$/.exec(m);
    if (!least) return [issueText(m)];
    const missing = Number(least[1]) - alternates;
    return missing > 0 ? [t('faq_err_missing', { n: missing })] : [];
  });
  const name = languageName(locale);
  return (
    <section class="faq-locale card" aria-label={name} data-locale={locale}>
      <h3>{name} <span class="muted">{locale}</span></h3>
      <FieldError id={fid('all')} messages={err('').filter((m) => !['question', 'alternates', 'answer'].some((f) => err(f).includes(m)))} />
      <label class="field">
        <span class="field-label">{t('faq_question')}</span>
        <input lang={locale} value={value.question} onInput={set('question')} {...invalid(fid('question'), err('question'))} />
        <FieldError id={fid('question')} messages={err('question')} />
      </label>
      <label class="field">
        <span class="field-label">{t('faq_alternates')}</span>
        <textarea lang={locale} rows={6} value={value.alternates} onInput={set('alternates')} {...invalid(fid('alternates'), alternatesErr)} />
        {!props.readOnly && <span class="field-hint">{t('faq_alternates_hint', { n: alternates })}</span>}
        <FieldError id={fid('alternates')} messages={alternatesErr} />
      </label>
      <label class="field">
        <span class="field-label">{t('faq_answer')}</span>
        <textarea lang={locale} rows={5} value={value.answer} onInput={set('answer')} {...invalid(fid('answer'), err('answer'))} />
        {!props.readOnly && <span class="field-hint">{t('faq_answer_hint')}</span>}
        <FieldError id={fid('answer')} messages={err('answer')} />
      </label>
      <div class="faq-preview" aria-label={t('faq_preview')}>
        <span class="faq-preview-label">{t('faq_preview')}</span>
        <div class="bubble" lang={locale} dir="auto" data-preview={locale}>{value.answer.trim() ? <Markdown text={value.answer} /> : <span class="muted">—</span>}</div>
      </div>
    </section>
  );
}

/**
 * An entry's form: id (new entries only), tags, follow-ups (other entries), and the chosen languages side by
 * side. Each error the server named is shown at its field; a language with errors is marked in the chooser.
 */
export function EntryForm(props: {
  draft: EntryDraft;
  isNew: boolean;
  locales: readonly string[];
  shown: readonly string[];
  onShown: (locales: string[]) => void;
  entries: readonly EntryDoc[];
  errors: FieldErrors;
  onChange: (d: EntryDraft) => void;
  /** A viewer: the fields read-only (disabled together); which languages are shown is still theirs to pick. */
  readOnly?: boolean;
}) {
  const { draft, errors } = props;
  const set = (patch: Partial<EntryDraft>) => props.onChange({ ...draft, ...patch });
  const others = props.entries.filter((e) => e.id !== draft.id && !draft.followUps.includes(e.id));
  const titleOf = (id: string) => {
    const e = props.entries.find((x) => x.id === id);
    return e ? entryTitle(e, props.shown, language()) : id;
  };
  const toggle = (locale: string) => props.onShown(props.shown.includes(locale) ? props.shown.filter((l) => l !== locale) : props.locales.filter((l) => l === locale || props.shown.includes(l)));
  const idErr = errorsAt(errors, 'id').map((m) => (/^must be kebab-case/.test(m) ? idBreach(draft.id) : issueText(m)));
  const tagErr = words(errorsAt(errors, 'tags'));
  const followErr = words(errorsAt(errors, 'followUps'));
  return (
    <div class="faq-form">
      <fieldset class="faq-entry-fields faq-meta" disabled={props.readOnly}>
        {props.isNew && (
          <label class="field">
            <span class="field-label">{t('faq_id')}</span>
            <input value={draft.id} onInput={(e) => set({ id: e.currentTarget.value })} spellcheck={false} {...invalid('faq-id-error', idErr)} />
            <span class="field-hint">{t('faq_id_hint')}</span>
            <FieldError id="faq-id-error" messages={idErr} />
          </label>
        )}
        <div class="field">
          <label class="field-label" for="faq-tags">{t('faq_tags')}</label>
          <TagInput id="faq-tags" tags={draft.tags} onChange={(tags) => set({ tags })} readOnly={props.readOnly === true} invalid={tagErr.length > 0} describedBy={['faq-tags-hint', tagErr.length > 0 && 'faq-tags-error'].filter(Boolean).join(' ')} />
          {!props.readOnly && <span class="field-hint" id="faq-tags-hint">{t('faq_tags_hint')}</span>}
          <FieldError id="faq-tags-error" messages={tagErr} />
        </div>
        <div class="field">
          <span class="field-label" id="faq-followups-label">{t('faq_follow_ups')}</span>
          <ul class="chips" aria-labelledby="faq-followups-label">
            {draft.followUps.map((id) => (
              <li key={id} class="chip">
                <span title={titleOf(id)}>{titleOf(id)}</span>
                {!props.readOnly && <button type="button" class="chip-remove" aria-label={t('faq_follow_up_remove', { name: titleOf(id) })} onClick={() => set({ followUps: draft.followUps.filter((x) => x !== id) })}>×</button>}
              </li>
            ))}
          </ul>
          {!props.readOnly && <Select
            id="faq-followups-add"
            label={t('faq_follow_up_add')}
            labelClass="sr-only"
            placeholder={t('faq_follow_up_add')}
            value=""
            onChange={(id) => set({ followUps: [...draft.followUps, id] })}
            options={others.map((e) => ({ value: e.id, label: titleOf(e.id) }))}
            invalid={followErr.length > 0}
            describedBy={followErr.length > 0 ? 'faq-followups-error' : undefined}
          />}
          <FieldError id="faq-followups-error" messages={followErr} />
        </div>
      </fieldset>
      <fieldset class="faq-langs">
        <legend class="field-label">{t('faq_languages')}</legend>
        <div class="choices">
          {props.locales.map((l) => {
            const count = errorsAt(errors, `locales.${l}`).length;
            return (
              <label key={l} class="choice" data-invalid={count > 0 || undefined}>
                <input type="checkbox" checked={props.shown.includes(l)} onChange={() => toggle(l)} />
                <span>{languageName(l)}</span>
                {count > 0 && <span class="badge badge-danger">{count}<span class="sr-only"> {t('faq_lang_errors')}</span></span>}
              </label>
            );
          })}
        </div>
      </fieldset>
      <fieldset class="faq-entry-fields faq-columns" disabled={props.readOnly}>
        {props.shown.map((l) => (
          <LocaleColumn key={l} locale={l} value={draft.locales[l] ?? { question: '', alternates: '', answer: '' }} errors={errors} onChange={(v) => set({ locales: { ...draft.locales, [l]: v } })} readOnly={props.readOnly === true} />
        ))}
      </fieldset>
    </div>
  );
}
