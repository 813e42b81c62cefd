/** The launcher's accessible name per UI language (the loader cannot wait for the app's i18n). */
const LABELS: Record<string, string> = {
  en: 'Chat with support',
  'zh-CN': '联系客服',
  'zh-TW': '聯絡客服',
  ja: 'サポートに問い合わせる',
  ko: '고객센터 채팅',
  es: 'Chatear con soporte',
};

/** "zh-Hant-HK" → zh-TW, "zh" → zh-CN, "en-GB" → en; unknown → en. */
export function launcherLabel(locale: string): string {
  const l = locale.toLowerCase();
  if (l.startsWith('zh')) return LABELS[/hant|tw|hk|mo/.test(l) ? 'zh-TW' : 'zh-CN']!;
  return LABELS[l.split('-')[0]!] ?? LABELS.en!;
}
