import type { EmailKind } from '../../protocol/index.ts';

interface Strings {
  subject: Record<EmailKind, string>;
  intro: string;
  transcriptIntro: string;
  /** The ticket's copy: what the visitor left, and that the reply comes to this address. */
  ticketCopyIntro: string;
  /** Before the reopen link: it works once, for so many hours. */
  continueChat: (hours: number) => string;
  unsubscribe: string;
  /** Who wrote a line of a transcript, when it is not an agent (whose name is used). */
  you: string;
  assistant: string;
}

/** The e-mails' own words, in the pack's languages; any other language gets English. */
const STRINGS: Record<string, Strings> = {
  en: {
    subject: { agent_reply: 'You have a new reply from support', ticket_reply: 'A reply to your message', transcript: 'Your chat transcript', ticket_copy: 'We received your message' },
    intro: 'Here is what our team wrote:',
    transcriptIntro: 'Here is your conversation with us:',
    ticketCopyIntro: 'We received your message and will reply to this address. What you wrote:',
    continueChat: (h) => `Continue the conversation in the chat (the link works once, for ${h} hours):`,
    unsubscribe: 'Do not want these e-mails? Unsubscribe:',
    you: 'You',
    assistant: 'Assistant',
  },
  'zh-CN': {
    subject: { agent_reply: '客服回复了您', ticket_reply: '关于您的留言的回复', transcript: '您的聊天记录', ticket_copy: '我们已收到您的留言' },
    intro: '以下是客服的回复：',
    transcriptIntro: '以下是您与我们的聊天记录：',
    ticketCopyIntro: '我们已收到您的留言，会回复到这个邮箱。您的留言：',
    continueChat: (h) => `在聊天中继续对话（链接仅可使用一次，${h} 小时内有效）：`,
    unsubscribe: '不想再收到此类邮件？退订：',
    you: '您',
    assistant: '智能助手',
  },
  'zh-TW': {
    subject: { agent_reply: '客服回覆了您', ticket_reply: '關於您的留言的回覆', transcript: '您的聊天記錄', ticket_copy: '我們已收到您的留言' },
    intro: '以下是客服的回覆：',
    transcriptIntro: '以下是您與我們的聊天記錄：',
    ticketCopyIntro: '我們已收到您的留言，會回覆到這個信箱。您的留言：',
    continueChat: (h) => `在聊天中繼續對話（連結僅能使用一次，${h} 小時內有效）：`,
    unsubscribe: '不想再收到此類郵件？取消訂閱：',
    you: '您',
    assistant: '智慧助理',
  },
  ja: {
    subject: { agent_reply: 'サポートから返信が届きました', ticket_reply: 'お問い合わせへの返信', transcript: 'チャットの記録', ticket_copy: 'お問い合わせを受け付けました' },
    intro: '担当者からのメッセージです：',
    transcriptIntro: 'チャットの記録です：',
    ticketCopyIntro: 'お問い合わせを受け付けました。このアドレスに返信します。お問い合わせ内容：',
    continueChat: (h) => `チャットで会話を続ける（リンクは1回のみ、${h}時間有効）：`,
    unsubscribe: 'このメールの配信を停止する：',
    you: 'あなた',
    assistant: 'アシスタント',
  },
  ko: {
    subject: { agent_reply: '상담원의 답변이 도착했습니다', ticket_reply: '문의에 대한 답변', transcript: '채팅 기록', ticket_copy: '문의가 접수되었습니다' },
    intro: '상담원의 메시지입니다:',
    transcriptIntro: '상담 내용입니다:',
    ticketCopyIntro: '문의가 접수되었습니다. 이 주소로 답변드리겠습니다. 남기신 내용:',
    continueChat: (h) => `채팅에서 대화 계속하기 (링크는 한 번만, ${h}시간 동안 사용할 수 있습니다):`,
    unsubscribe: '이메일 수신 거부:',
    you: '나',
    assistant: '어시스턴트',
  },
  es: {
    subject: { agent_reply: 'Tienes una nueva respuesta de soporte', ticket_reply: 'Respuesta a tu mensaje', transcript: 'La transcripción de tu chat', ticket_copy: 'Hemos recibido tu mensaje' },
    intro: 'Esto es lo que escribió nuestro equipo:',
    transcriptIntro: 'Esta es tu conversación con nosotros:',
    ticketCopyIntro: 'Hemos recibido tu mensaje y te responderemos a esta dirección. Esto es lo que escribiste:',
    continueChat: (h) => `Continúa la conversación en el chat (el enlace sirve una vez, durante ${h} horas):`,
    unsubscribe: '¿No quieres recibir estos correos? Darse de baja:',
    you: 'Tú',
    assistant: 'Asistente',
  },
};

const stringsFor = (locale: string): Strings => STRINGS[locale] ?? STRINGS[locale.split('-')[0]!] ?? STRINGS.en!;

/** A transcript line's author: "You", the assistant (bot and system lines), or the agent's name. */
export function authorLabel(m: { author: 'visitor' | 'bot' | 'agent' | 'system'; authorName: string | null }, locale: string): string {
  const s = stringsFor(locale);
  return m.author === 'visitor' ? s.you : m.author === 'agent' ? (m.authorName ?? s.assistant) : s.assistant;
}

export interface EmailContent {
  subject: string;
  text: string;
}

/**
 * A plain-text e-mail in the visitor's language: the messages (already masked: card numbers never reach
 * storage unmasked), the single-use link that reopens the chat, and the unsubscribe link.
 */
export function emailContent(kind: EmailKind, locale: string, messages: { authorName: string | null; text: string }[], links: { chat: string; chatHours: number; unsubscribe: string }): EmailContent {
  const s = stringsFor(locale);
  const body = messages.map((m) => (m.authorName ? `${m.authorName}:\n${m.text}` : m.text)).join('\n\n');
  return {
    subject: s.subject[kind],
    text: `${kind === 'transcript' ? s.transcriptIntro : kind === 'ticket_copy' ? s.ticketCopyIntro : s.intro}\n\n${body}\n\n${s.continueChat(links.chatHours)}\n${links.chat}\n\n--\n${s.unsubscribe}\n${links.unsubscribe}\n`,
  };
}
