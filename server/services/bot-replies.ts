import { isUiLanguage, type UiLanguage } from '../../faq/smalltalk.ts';
import { ownLanguageName } from '../../protocol/language-names.ts';

/** What the bot says when it is not quoting an FAQ answer, in the 12 UI languages (English is the fallback). */
const REPLIES: Readonly<Record<'suggest' | 'none' | 'handoff' | 'handoff_away', Readonly<Record<UiLanguage, string>>>> = {
  suggest: {
    'zh-CN': '我不太确定您问的是哪一个，是下面这些问题吗？',
    'zh-TW': '我不太確定您問的是哪一個，是下面這些問題嗎？',
    en: 'I am not sure I understood. Did you mean one of these?',
    ja: 'ご質問の内容を特定できませんでした。次のいずれかでしょうか？',
    ko: '질문을 정확히 이해하지 못했습니다. 다음 중 하나를 말씀하신 건가요?',
    es: 'No estoy seguro de haberte entendido. ¿Te refieres a alguna de estas preguntas?',
    ar: 'لست متأكدًا من أنني فهمت سؤالك. هل تقصد أحد هذه الأسئلة؟',
    de: 'Ich bin nicht sicher, ob ich Sie richtig verstanden habe. Meinten Sie eine dieser Fragen?',
    fr: 'Je ne suis pas sûr d’avoir compris. Vouliez-vous dire l’une de ces questions ?',
    'pt-BR': 'Não tenho certeza se entendi. Você quis dizer uma destas perguntas?',
    id: 'Saya kurang yakin memahami pertanyaan Anda. Apakah maksud Anda salah satu dari ini?',
    vi: 'Tôi chưa chắc đã hiểu ý bạn. Có phải bạn muốn hỏi một trong những câu sau?',
  },
  none: {
    'zh-CN': '抱歉，我暂时回答不了这个问题。您可以换个说法，或者输入「转人工」联系客服人员。',
    'zh-TW': '抱歉，我暫時無法回答這個問題。您可以換個說法，或輸入「轉接真人客服」聯絡客服人員。',
    en: 'Sorry, I cannot answer that yet. Try rephrasing, or type "talk to a person" to reach our support team.',
    ja: '申し訳ありません、その質問にはまだお答えできません。言い方を変えるか、「担当者と話す」と入力して担当者におつなぎください。',
    ko: '죄송합니다. 아직 답변드릴 수 없는 질문입니다. 다르게 질문하시거나 "상담원 연결"을 입력해 주세요.',
    es: 'Lo siento, todavía no puedo responder a eso. Prueba a reformular la pregunta o escribe "hablar con una persona".',
    ar: 'عذرًا، لا أستطيع الإجابة عن ذلك بعد. جرّب صياغة أخرى، أو اكتب "التحدث إلى موظف" للتواصل مع فريق الدعم.',
    de: 'Entschuldigung, darauf kann ich noch nicht antworten. Formulieren Sie die Frage anders oder schreiben Sie „Mit einem Menschen sprechen“, um unser Support-Team zu erreichen.',
    fr: 'Désolé, je ne sais pas encore répondre à cela. Reformulez votre question ou écrivez « parler à un conseiller » pour joindre notre équipe.',
    'pt-BR': 'Desculpe, ainda não sei responder a isso. Tente reformular ou escreva "falar com um atendente" para falar com nossa equipe.',
    id: 'Maaf, saya belum bisa menjawab itu. Coba tanyakan dengan cara lain, atau ketik "bicara dengan petugas" untuk menghubungi tim kami.',
    vi: 'Xin lỗi, tôi chưa trả lời được câu này. Bạn hãy thử hỏi cách khác, hoặc nhập "nói chuyện với nhân viên" để liên hệ đội hỗ trợ.',
  },
  handoff: {
    'zh-CN': '好的，正在为您转接人工客服，请稍候。客服人员加入后会在这里回复您。',
    'zh-TW': '好的，正在為您轉接真人客服，請稍候。客服人員加入後會在這裡回覆您。',
    en: 'Sure, I am connecting you with a person from our support team. Please wait here; they will reply in this chat.',
    ja: 'かしこまりました。担当者におつなぎします。このままお待ちください。担当者がこのチャットで返信します。',
    ko: '네, 상담원에게 연결해 드리겠습니다. 잠시만 기다려 주세요. 상담원이 이 채팅에서 답변드립니다.',
    es: 'De acuerdo, te estamos conectando con una persona del equipo de soporte. Espera aquí; te responderá en este chat.',
    ar: 'حسنًا، سأوصلك بأحد أفراد فريق الدعم. يرجى الانتظار هنا؛ سيرد عليك في هذه المحادثة.',
    de: 'Gern, ich verbinde Sie mit einem Menschen aus unserem Support-Team. Bitte warten Sie hier; die Antwort kommt in diesem Chat.',
    fr: 'Très bien, je vous mets en relation avec une personne de notre équipe. Patientez ici ; elle vous répondra dans ce chat.',
    'pt-BR': 'Certo, estou conectando você com uma pessoa da nossa equipe. Aguarde aqui; a resposta virá neste chat.',
    id: 'Baik, saya sambungkan Anda dengan petugas tim dukungan kami. Mohon tunggu di sini; balasan akan muncul di obrolan ini.',
    vi: 'Vâng, tôi đang kết nối bạn với nhân viên hỗ trợ. Vui lòng chờ ở đây; nhân viên sẽ trả lời trong cuộc trò chuyện này.',
  },
  /** A person was asked for, but nobody can answer now (outside hours, or nobody online): the ticket and the other channels. */
  handoff_away: {
    'zh-CN': '现在没有客服人员在线。请在下方留言并留下联系方式，我们上班后会尽快回复；您也可以通过下方的其他渠道联系我们。',
    'zh-TW': '現在沒有客服人員在線。請在下方留言並留下聯絡方式，我們上班後會盡快回覆；您也可以透過下方的其他管道聯絡我們。',
    en: 'Nobody from our support team is available right now. Leave a message below with a way to reach you and we will reply as soon as we are back, or use one of our other channels.',
    ja: '現在、対応できる担当者がいません。下のフォームに連絡先とメッセージを残していただければ、営業再開後にご連絡します。ほかの窓口もご利用いただけます。',
    ko: '지금은 상담 가능한 상담원이 없습니다. 아래에 연락처와 메시지를 남겨 주시면 업무 시간에 답변드리겠습니다. 다른 채널로도 문의하실 수 있습니다.',
    es: 'Ahora mismo no hay nadie del equipo de soporte disponible. Déjanos un mensaje abajo con tu contacto y te responderemos en cuanto volvamos, o usa otro de nuestros canales.',
    ar: 'لا يوجد أحد من فريق الدعم متاح الآن. اترك رسالة أدناه مع طريقة للتواصل معك وسنرد عليك فور عودتنا، أو استخدم إحدى قنواتنا الأخرى.',
    de: 'Gerade ist niemand aus unserem Support-Team erreichbar. Hinterlassen Sie unten eine Nachricht mit Ihrem Kontakt, dann antworten wir, sobald wir zurück sind, oder nutzen Sie einen unserer anderen Kanäle.',
    fr: 'Personne de notre équipe n’est disponible pour le moment. Laissez un message ci-dessous avec un moyen de vous joindre et nous vous répondrons dès notre retour, ou utilisez l’un de nos autres canaux.',
    'pt-BR': 'Ninguém da nossa equipe está disponível agora. Deixe uma mensagem abaixo com um contato e responderemos assim que voltarmos, ou use um dos nossos outros canais.',
    id: 'Saat ini tidak ada tim dukungan yang tersedia. Tinggalkan pesan di bawah beserta kontak Anda dan kami akan membalas begitu kembali, atau gunakan saluran kami yang lain.',
    vi: 'Hiện không có nhân viên hỗ trợ nào trực. Hãy để lại lời nhắn bên dưới kèm cách liên hệ, chúng tôi sẽ trả lời ngay khi quay lại, hoặc dùng một kênh khác của chúng tôi.',
  },
};

/** "I can answer in {languages}; would you like a person?": for a question in a language the pack has no content in. */
const OTHER_LANGUAGE: Readonly<Record<UiLanguage, string>> = {
  'zh-CN': '抱歉，我只能用{languages}回答问题。需要为您转接人工客服吗？回复「转人工」即可。',
  'zh-TW': '抱歉，我只能用{languages}回答問題。需要為您轉接真人客服嗎？回覆「轉接真人客服」即可。',
  en: 'I can answer in {languages}. Would you like to talk to a person? Type "talk to a person".',
  ja: '申し訳ありません、{languages}でのみお答えできます。担当者におつなぎしましょうか？「担当者と話す」と入力してください。',
  ko: '죄송합니다. {languages}로만 답변할 수 있습니다. 상담원을 연결해 드릴까요? "상담원 연결"을 입력해 주세요.',
  es: 'Puedo responder en {languages}. ¿Quieres hablar con una persona? Escribe "hablar con una persona".',
  ar: 'أستطيع الإجابة بهذه اللغات: {languages}. هل تريد التحدث إلى موظف؟ اكتب "التحدث إلى موظف".',
  de: 'Ich kann auf {languages} antworten. Möchten Sie mit einem Menschen sprechen? Schreiben Sie „Mit einem Menschen sprechen“.',
  fr: 'Je peux répondre en {languages}. Voulez-vous parler à une personne ? Écrivez « parler à un conseiller ».',
  'pt-BR': 'Posso responder em {languages}. Quer falar com uma pessoa? Escreva "falar com um atendente".',
  id: 'Saya bisa menjawab dalam {languages}. Ingin bicara dengan petugas? Ketik "bicara dengan petugas".',
  vi: 'Tôi có thể trả lời bằng {languages}. Bạn có muốn gặp nhân viên không? Hãy nhập "nói chuyện với nhân viên".',
};

export type BotReplyKind = keyof typeof REPLIES;

/** The UI language of a locale (its base language, else English). */
export const inLanguage = (locale: string): UiLanguage => (isUiLanguage(locale) ? locale : isUiLanguage(locale.split('-')[0]) ? (locale.split('-')[0] as UiLanguage) : 'en');

export function botReply(kind: BotReplyKind, locale: string): string {
  return REPLIES[kind][inLanguage(locale)];
}

/** The reply to a question in `locale`, a language none of `packLocales` is: the languages it can answer in. */
export function otherLanguageReply(locale: string, packLocales: readonly string[]): string {
  const language = inLanguage(locale);
  const separator = language === 'zh-CN' || language === 'zh-TW' || language === 'ja' ? '、' : language === 'ar' ? '، ' : ', ';
  return OTHER_LANGUAGE[language].replace('{languages}', packLocales.map(ownLanguageName).join(separator));
}

