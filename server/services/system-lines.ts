import type { UiLanguage } from '../../faq/smalltalk.ts';
import { inLanguage } from './bot-replies.ts';

/**
 * What the system itself says in the transcript (a message by `system`, shown as a notice in the widget and the
 * console), in the 12 UI languages: the conversation closed after the idle time, and the visitor left the queue
 * because they were gone. `{minutes}` is the idle time.
 */
const LINES: Readonly<Record<'idle_closed' | 'queue_left', Readonly<Record<UiLanguage, string>>>> = {
  idle_closed: {
    'zh-CN': '{minutes} 分钟内没有新消息，本次会话已自动结束。如需帮助，随时发消息即可开始新的会话。',
    'zh-TW': '{minutes} 分鐘內沒有新訊息，本次對話已自動結束。如需協助，隨時傳訊息即可開始新的對話。',
    en: 'This chat was closed after {minutes} minutes without a new message. Write to us any time to start a new one.',
    ja: '{minutes} 分間新しいメッセージがなかったため、このチャットは終了しました。いつでもメッセージを送ると新しいチャットを始められます。',
    ko: '{minutes}분 동안 새 메시지가 없어 이 채팅이 종료되었습니다. 언제든 메시지를 보내시면 새 채팅이 시작됩니다.',
    es: 'Este chat se cerró tras {minutes} minutos sin mensajes nuevos. Escríbenos cuando quieras para empezar uno nuevo.',
    ar: 'أُغلقت هذه المحادثة بعد {minutes} دقيقة دون رسائل جديدة. راسلنا في أي وقت لبدء محادثة جديدة.',
    de: 'Dieser Chat wurde nach {minutes} Minuten ohne neue Nachricht geschlossen. Schreiben Sie uns jederzeit, um einen neuen zu beginnen.',
    fr: 'Cette conversation a été fermée après {minutes} minutes sans nouveau message. Écrivez-nous à tout moment pour en commencer une nouvelle.',
    'pt-BR': 'Esta conversa foi encerrada após {minutes} minutos sem novas mensagens. Escreva quando quiser para começar outra.',
    id: 'Obrolan ini ditutup setelah {minutes} menit tanpa pesan baru. Kirim pesan kapan saja untuk memulai obrolan baru.',
    vi: 'Cuộc trò chuyện đã đóng sau {minutes} phút không có tin nhắn mới. Hãy nhắn cho chúng tôi bất cứ lúc nào để bắt đầu cuộc mới.',
  },
  queue_left: {
    'zh-CN': '您离开期间已退出排队。需要人工客服时，随时可以再次申请。',
    'zh-TW': '您離開期間已退出排隊。需要真人客服時，隨時可以再次申請。',
    en: 'You left the queue while you were away. Ask for a person again whenever you need one.',
    ja: 'ご不在の間に順番待ちから外れました。担当者が必要なときは、いつでも改めてお申し付けください。',
    ko: '자리를 비우신 동안 대기열에서 나가셨습니다. 상담원이 필요하시면 언제든 다시 요청해 주세요.',
    es: 'Saliste de la cola mientras no estabas. Pide hablar con una persona de nuevo cuando lo necesites.',
    ar: 'خرجت من قائمة الانتظار أثناء غيابك. اطلب التحدث إلى موظف مجددًا متى احتجت ذلك.',
    de: 'Sie haben die Warteschlange verlassen, während Sie weg waren. Fragen Sie einfach erneut nach einem Menschen, wenn Sie einen brauchen.',
    fr: 'Vous avez quitté la file d’attente pendant votre absence. Demandez à nouveau une personne quand vous en avez besoin.',
    'pt-BR': 'Você saiu da fila enquanto estava ausente. Peça um atendente de novo quando precisar.',
    id: 'Anda keluar dari antrean saat tidak ada di sini. Minta petugas lagi kapan pun Anda perlu.',
    vi: 'Bạn đã rời hàng chờ khi vắng mặt. Hãy yêu cầu gặp nhân viên lại bất cứ khi nào bạn cần.',
  },
};

export type SystemLineKind = keyof typeof LINES;

export function systemLine(kind: SystemLineKind, locale: string, vars: { minutes?: number } = {}): string {
  return LINES[kind][inLanguage(locale)].replace('{minutes}', String(vars.minutes ?? ''));
}
