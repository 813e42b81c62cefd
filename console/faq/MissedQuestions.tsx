import { useEffect, useState } from 'preact/hooks';
import type { z } from 'zod';
import type { FaqEntryList, FaqFeedbackSummary, UnansweredList } from '../../protocol/index.ts';
import { api } from '../api.ts';
import { Select } from '../../ui/Select.tsx';
import { MISSED_CHANGED } from '../missed-count.ts';
import { formatWhen, language, languageName, t } from '../i18n.ts';
import type { PageProps } from '../pages.ts';
import { giveNewEntrySeed } from './new-entry-seed.ts';
import './faq.css';

type Question = UnansweredList['questions'][number];
type Entries = z.infer<typeof FaqEntryList>['entries'];


function QuestionCard(props: { q: Question; entries: Entries; titleOf: (id: string, locale?: string) => string; onApprove: (faqId: string) => void; onNew: () => void; onDismiss: () => void; error?: string }) {
  const { q } = props;
  const [faqId, setFaqId] = useState(q.guesses[0]?.faqId ?? '');
  const guessIds = new Set(q.guesses.map((g) => g.faqId));
  return (
    <li class="card missed-item" data-question={q.id}>
      <div class="row-top">
        <p class="missed-text" lang={q.locale} dir="auto">{q.text}</p>
        <span class="badge badge-info missed-count">{t('missed_asked', { n: q.count })}</span>
      </div>
      <p class="row-meta">
        <span>{languageName(q.locale, language())}</span>
        <span class={`badge ${q.kind === 'suggest' ? 'badge-warning' : ''}`}>{t(`missed_kind_${q.kind}`)}</span>
        <span class="when">{formatWhen(q.lastSeen)}</span>
      </p>
      {q.guesses.length > 0 && (
        <div class="missed-guesses">
          <span class="field-label" id={`guesses-${q.id}`}>{t('missed_guesses')}</span>
          <ol aria-labelledby={`guesses-${q.id}`}>
            {q.guesses.map((g) => <li key={g.faqId} lang={q.locale}>{g.question} <span class="mono muted">{g.faqId}</span></li>)}
          </ol>
        </div>
      )}
      <div class="missed-actions">
        <div class="field missed-select">
          <Select
            id={`missed-entry-${q.id}`}
            label={t('missed_add_to')}
            placeholder={t('missed_pick_entry')}
            value={faqId}
            onChange={setFaqId}
            options={[
              ...q.guesses.map((g) => ({ value: g.faqId, label: g.question, group: t('missed_guesses') })),
              ...props.entries.filter((e) => !guessIds.has(e.id)).map((e) => ({ value: e.id, label: props.titleOf(e.id, q.locale), group: t('missed_all_entries') })),
            ]}
          />
        </div>
        <button type="button" class="btn btn-primary" disabled={!faqId} onClick={() => props.onApprove(faqId)}>{t('missed_add')}</button>
        <button type="button" class="btn" onClick={props.onNew}>{t('missed_new_entry')}</button>
        <button type="button" class="btn btn-ghost" onClick={props.onDismiss}>{t('missed_dismiss')}</button>
      </div>
      {props.error && <p role="alert" class="field-error">{props.error}</p>}
    </li>
  );
}

/**
 * Admin: what the bot missed — the questions it could not answer or was unsure about, most asked first, with its
 * three best guesses. One click adds one as an alternate of an entry (the best guess pre-selected) in the
 * question's language, starts a new entry with it, or dismisses it. Beside: helpfulness votes per entry, worst first.
 */
export default function MissedQuestions({ navigate }: PageProps) {
  const [list, setList] = useState<UnansweredList | null>(null);
  const [entries, setEntries] = useState<Entries>([]);
  const [votes, setVotes] = useState<FaqFeedbackSummary['entries'] | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);

  const load = async () => {
    const [q, e, f] = await Promise.all([
      api<UnansweredList>('GET', '/api/v1/admin/faq/unanswered?limit=200'),
      api<z.infer<typeof FaqEntryList>>('GET', '/api/v1/admin/faq/entries'),
      api<FaqFeedbackSummary>('GET', '/api/v1/admin/faq/feedback'),
    ]);
    if (q.ok) setList(q.data);
    if (e.ok) setEntries(e.data.entries);
    if (f.ok) setVotes(f.data.entries);
    dispatchEvent(new Event(MISSED_CHANGED));
  };
  useEffect(() => void load(), []);

  const titleOf = (id: string, locale = language()) => {
    const e = entries.find((x) => x.id === id);
    return e?.questions[locale] ?? e?.questions[language()] ?? Object.values(e?.questions ?? {})[0] ?? id;
  };
  const done = async (q: Question, r: { ok: boolean; message?: string }, text: string) => {
    if (!r.ok) return setErrors((x) => ({ ...x, [q.id]: t('failed', { message: r.message ?? '' }) }));
    setNotice(text);
    await load();
  };
  const approve = async (q: Question, faqId: string) =>
    done(q, await api('POST', `/api/v1/admin/faq/unanswered/${q.id}/approve`, { faqId, locale: q.locale }), t('missed_added', { entry: titleOf(faqId) }));
  const dismiss = async (q: Question) => done(q, await api('DELETE', `/api/v1/admin/faq/unanswered/${q.id}`), t('missed_dismissed'));
  const startNew = (q: Question) => {
    giveNewEntrySeed({ locale: q.locale, question: q.text });
    navigate('faq');
  };

  const worst = (votes ?? []).filter((v) => v.faqId !== null);
  const share = (v: { helpful: number; notHelpful: number }) =>
    new Intl.NumberFormat(language(), { style: 'percent', maximumFractionDigits: 0 }).format(v.helpful / Math.max(1, v.helpful + v.notHelpful));
  return (
    <div class="page-body missed-page">
      <h1 class="page-title">{t('nav_missed')} {list && list.total > 0 && <span class="badge badge-warning" data-testid="missed-total">{list.total}</span>}</h1>
      <p class="muted">{t('missed_intro')}</p>
      {notice && <p role="status" class="alert alert-success">{notice}</p>}
      <div class="missed-layout">
        <section aria-labelledby="missed-title">
          <h2 id="missed-title" class="sr-only">{t('nav_missed')}</h2>
          {!list ? (
            <p class="loading">{t('loading')}</p>
          ) : list.questions.length === 0 ? (
            <p class="empty card">{t('missed_empty')}</p>
          ) : (
            <ol class="card-list missed-list">
              {list.questions.map((q) => (
                <QuestionCard key={q.id} q={q} entries={entries} titleOf={titleOf} error={errors[q.id]} onApprove={(id) => void approve(q, id)} onNew={() => startNew(q)} onDismiss={() => void dismiss(q)} />
              ))}
            </ol>
          )}
        </section>
        <section class="card helpfulness" aria-labelledby="helpfulness-title">
          <h2 id="helpfulness-title">{t('missed_helpfulness')}</h2>
          {votes === null ? (
            <p class="loading">{t('loading')}</p>
          ) : worst.length === 0 ? (
            <p class="empty">{t('missed_no_votes')}</p>
          ) : (
            <table class="table" data-table="helpfulness">
              <thead>
                <tr><th scope="col">{t('report_entry')}</th><th scope="col">{t('report_not_helpful')}</th><th scope="col">{t('report_helpful')}</th><th scope="col">{t('missed_share')}</th></tr>
              </thead>
              <tbody>
                {worst.map((v) => (
                  <tr key={v.faqId} data-faq={v.faqId}>
                    <td><a href={`#/faq/${v.faqId}`}>{titleOf(v.faqId!)}</a></td>
                    <td>{v.notHelpful}</td>
                    <td>{v.helpful}</td>
                    <td>{share(v)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </div>
    </div>
  );
}
