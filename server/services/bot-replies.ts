/** What the bot says when it is not quoting an FAQ answer, in every pack language (English is the fallback). */
const REPLIES = {
  suggest: {
    'zh-CN': '我不太确定您问的是哪一个，是下面这些问题吗？',
    'zh-TW': '我不太確定您問的是哪一個，是下面這些問題嗎？',
    en: 'I am not sure I understood. Did you mean one of these?',
    ja: 'ご質問の内容を特定できませんでした。次のいずれかでしょうか？',
    ko: '질문을 정확히 이해하지 못했습니다. 다음 중 하나를 말씀하신 건가요?',
    es: 'No estoy seguro de haberte entendido. ¿Te refieres a alguna de estas preguntas?',
  },
  none: {
    'zh-CN': '抱歉，我暂时回答不了这个问题。您可以换个说法，或者输入「转人工」联系客服人员。',
    'zh-TW': '抱歉，我暫時無法回答這個問題。您可以換個說法，或輸入「轉人工」聯絡客服人員。',
    en: 'Sorry, I cannot answer that yet. Try rephrasing, or type "talk to a human" to reach our support team.',
    ja: '申し訳ありません、その質問にはまだお答えできません。言い方を変えるか、「オペレーター」と入力して担当者におつなぎください。',
    ko: '죄송합니다. 아직 답변드릴 수 없는 질문입니다. 다르게 질문하시거나 "상담원 연결"을 입력해 주세요.',
    es: 'Lo siento, todavía no puedo responder a eso. Prueba a reformular la pregunta o escribe "hablar con un agente".',
  },
  handoff: {
    'zh-CN': '好的，正在为您转接人工客服，请稍候。客服人员加入后会在这里回复您。',
    'zh-TW': '好的，正在為您轉接真人客服，請稍候。客服人員加入後會在這裡回覆您。',
    en: 'Sure, I am connecting you with a person from our support team. Please wait here; they will reply in this chat.',
    ja: 'かしこまりました。担当者におつなぎします。このままお待ちください。担当者がこのチャットで返信します。',
    ko: '네, 상담원에게 연결해 드리겠습니다. 잠시만 기다려 주세요. 상담원이 이 채팅에서 답변드립니다.',
    es: 'De acuerdo, te estamos conectando con una persona del equipo de soporte. Espera aquí; te responderá en este chat.',
  },
} as const;

export type BotReplyKind = keyof typeof REPLIES;
type ReplyLocale = keyof (typeof REPLIES)['none'];

export function botReply(kind: BotReplyKind, locale: string): string {
  const table: Record<string, string> = REPLIES[kind];
  return table[locale] ?? table[locale.split('-')[0] ?? ''] ?? REPLIES[kind]['en' satisfies ReplyLocale];
}
