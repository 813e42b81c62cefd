import { matchLocale } from '../../faq/locale.ts';

/**
 * The loader's own words per UI language — the launcher's accessible name and the "dismiss" label of
 * its greeting/preview bubble — since the loader cannot wait for the app's i18n chunks.
 */
const STRINGS: Record<string, [label: string, dismiss: string]> = {
  en: ['Chat with support', 'Dismiss'],
  'zh-CN': ['联系客服', '关闭'],
  'zh-TW': ['聯絡客服', '關閉'],
  ja: ['サポートに問い合わせる', '閉じる'],
  ko: ['고객센터 채팅', '닫기'],
  es: ['Chatear con soporte', 'Descartar'],
  fr: ['Contacter le support', 'Ignorer'],
  de: ['Support-Chat öffnen', 'Schließen'],
  'pt-BR': ['Falar com o suporte', 'Dispensar'],
  id: ['Hubungi dukungan', 'Tutup'],
  vi: ['Trò chuyện với hỗ trợ', 'Bỏ qua'],
  ar: ['الدردشة مع الدعم', 'إغلاق'],
};
export const LOADER_LOCALES = Object.keys(STRINGS);

/** "zh-Hant-HK" → zh-TW's strings, "pt" → pt-BR's, unknown → English. */
export function loaderStrings(locale: string): [label: string, dismiss: string] {
  return STRINGS[matchLocale(locale, LOADER_LOCALES) ?? 'en']!;
}
