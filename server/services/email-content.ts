import type { EmailKind } from '../../protocol/index.ts';

interface Strings {
  subject: Record<EmailKind, string>;
  intro: string;
  transcriptIntro: string;
  continueChat: string;
  unsubscribe: string;
  /** Who wrote a line of a transcript, when it is not an agent (whose name is used). */
  you: string;
  assistant: string;
}

/** The e-mails' own words, in the pack's languages; any other language gets English. */
const STRINGS: Record<string, Strings> = {
  en: {
    subject: { agent_reply: 'You have a new reply from support', ticket_reply: 'A reply to your message', transcript: 'Your chat transcript' },
    intro: 'Here is what our team wrote:',
    transcriptIntro: 'Here is your conversation with us:',
    continueChat: 'Continue the conversation in the chat:',
    unsubscribe: 'Do not want these e-mails? Unsubscribe:',
    you: 'You',
    assistant: 'Assistant',
  },
  'zh-CN': {
    subject: { agent_reply: '客服回复了您', ticket_reply: '关于您的留言的回复', transcript: '您的聊天记录' },
    intro: '以下是客服的回复：',
    transcriptIntro: '以下是您与我们的聊天记录：',
    continueChat: '在聊天中继续对话：',
    unsubscribe: '不想再收到此类邮件？退订：',
    you: '您',
    assistant: '智能助手',
  },
  'zh-TW': {
    subject: { agent_reply: '客服回覆了您', ticket_reply: '關於您的留言的回覆', transcript: '您的聊天記錄' },
    intro: '以下是客服的回覆：',
    transcriptIntro: '以下是您與我們的聊天記錄：',
    continueChat: '在聊天中繼續對話：',
    unsubscribe: '不想再收到此類郵件？取消訂閱：',
    you: '您',
    assistant: '智慧助理',
  },
  ja: {
    subject: { agent_reply: 'サポートから返信が届きました', ticket_reply: 'お問い合わせへの返信', transcript: 'チャットの記録' },
    intro: '担当者からのメッセージです：',
    transcriptIntro: 'チャットの記録です：',
    continueChat: 'チャットで会話を続ける：',
    unsubscribe: 'このメールの配信を停止する：',
    you: 'あなた',
    assistant: 'アシスタント',
  },
  ko: {
    subject: { agent_reply: '상담원의 답변이 도착했습니다', ticket_reply: '문의에 대한 답변', transcript: '채팅 기록' },
    intro: '상담원의 메시지입니다:',
    transcriptIntro: '상담 내용입니다:',
    continueChat: '채팅에서 대화 계속하기:',
    unsubscribe: '이메일 수신 거부:',
    you: '나',
    assistant: '어시스턴트',
  },
  es: {
    subject: { agent_reply: 'Tienes una nueva respuesta de soporte', ticket_reply: 'Respuesta a tu mensaje', transcript: 'La transcripción de tu chat' },
    intro: 'Esto es lo que escribió nuestro equipo:',
    transcriptIntro: 'Esta es tu conversación con nosotros:',
    continueChat: 'Continúa la conversación en el chat:',
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
 * storage unmasked), where to continue, and the unsubscribe link.
 */
export function emailContent(kind: EmailKind, locale: string, messages: { authorName: string | null; text: string }[], links: { chat: string; unsubscribe: string }): EmailContent {
  const s = stringsFor(locale);
  const body = messages.map((m) => (m.authorName ? `${m.authorName}:\n${m.text}` : m.text)).join('\n\n');
  return {
    subject: s.subject[kind],
    text: `${kind === 'transcript' ? s.transcriptIntro : s.intro}\n\n${body}\n\n${s.continueChat}\n${links.chat}\n\n--\n${s.unsubscribe}\n${links.unsubscribe}\n`,
  };
}
