import type { EmailKind } from '../../protocol/index.ts';

interface Strings {
  subject: Record<EmailKind, string>;
  intro: string;
  continueChat: string;
  unsubscribe: string;
}

/** The e-mails' own words, in the pack's languages; any other language gets English. */
const STRINGS: Record<string, Strings> = {
  en: {
    subject: { agent_reply: 'You have a new reply from support', ticket_reply: 'A reply to your message', transcript: 'Your chat transcript' },
    intro: 'Here is what our team wrote:',
    continueChat: 'Continue the conversation in the chat:',
    unsubscribe: 'Do not want these e-mails? Unsubscribe:',
  },
  'zh-CN': {
    subject: { agent_reply: '客服回复了您', ticket_reply: '关于您的留言的回复', transcript: '您的聊天记录' },
    intro: '以下是客服的回复：',
    continueChat: '在聊天中继续对话：',
    unsubscribe: '不想再收到此类邮件？退订：',
  },
  'zh-TW': {
    subject: { agent_reply: '客服回覆了您', ticket_reply: '關於您的留言的回覆', transcript: '您的聊天記錄' },
    intro: '以下是客服的回覆：',
    continueChat: '在聊天中繼續對話：',
    unsubscribe: '不想再收到此類郵件？取消訂閱：',
  },
  ja: {
    subject: { agent_reply: 'サポートから返信が届きました', ticket_reply: 'お問い合わせへの返信', transcript: 'チャットの記録' },
    intro: '担当者からのメッセージです：',
    continueChat: 'チャットで会話を続ける：',
    unsubscribe: 'このメールの配信を停止する：',
  },
  ko: {
    subject: { agent_reply: '상담원의 답변이 도착했습니다', ticket_reply: '문의에 대한 답변', transcript: '채팅 기록' },
    intro: '상담원의 메시지입니다:',
    continueChat: '채팅에서 대화 계속하기:',
    unsubscribe: '이메일 수신 거부:',
  },
  es: {
    subject: { agent_reply: 'Tienes una nueva respuesta de soporte', ticket_reply: 'Respuesta a tu mensaje', transcript: 'La transcripción de tu chat' },
    intro: 'Esto es lo que escribió nuestro equipo:',
    continueChat: 'Continúa la conversación en el chat:',
    unsubscribe: '¿No quieres recibir estos correos? Darse de baja:',
  },
};

const stringsFor = (locale: string): Strings => STRINGS[locale] ?? STRINGS[locale.split('-')[0]!] ?? STRINGS.en!;

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
    text: `${s.intro}\n\n${body}\n\n${s.continueChat}\n${links.chat}\n\n--\n${s.unsubscribe}\n${links.unsubscribe}\n`,
  };
}
