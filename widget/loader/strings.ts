import { matchLocale } from '../../protocol/locale.ts';

/**
 * The loader's own words per UI language, since it cannot wait for the app's i18n chunks: the launcher's
 * accessible name (in loader.js) and the "dismiss" label of its bubble (in loader-frame.js).
 */
const LABELS: Record<string, string> = {
  en: 'Chat with support',
  'zh-CN': '联系客服',
  'zh-TW': '聯絡客服',
  ja: 'サポートに問い合わせる',
  ko: '고객센터 채팅',
  es: 'Chatear con soporte',
  fr: 'Contacter le support',
  de: 'Support-Chat öffnen',
  'pt-BR': 'Falar com o suporte',
  id: 'Hubungi dukungan',
  vi: 'Trò chuyện với hỗ trợ',
  ar: 'الدردشة مع الدعم',
};
const DISMISS: Record<string, string> = {
  en: 'Dismiss',
  'zh-CN': '关闭',
  'zh-TW': '關閉',
  ja: '閉じる',
  ko: '닫기',
  es: 'Descartar',
  fr: 'Ignorer',
  de: 'Schließen',
  'pt-BR': 'Dispensar',
  id: 'Tutup',
  vi: 'Bỏ qua',
  ar: 'إغلاق',
};

/** "zh-Hant-HK" → zh-TW's, "pt" → pt-BR's, unknown → English. */
const pick = (table: Record<string, string>, locale: string) => table[matchLocale(locale, Object.keys(table)) ?? 'en']!;
export const LOADER_LOCALES = /* @__PURE__ */ Object.keys(LABELS);
export const launcherLabel = (locale: string) => pick(LABELS, locale);
export const dismissLabel = (locale: string) => pick(DISMISS, locale);
