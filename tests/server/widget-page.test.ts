import { describe, expect, it } from 'vitest';
import { acceptedLanguages, localeFiles, widgetPage } from '../../server/routes/widget-page.ts';

const HTML = '<html><head><title>Kefu chat</title></head><body></body></html>';
const MANIFEST = {
  'widget/app/index.html': { file: 'assets/widget-abc.js', src: 'widget/app/index.html' },
  'widget/app/locales/en.json': { file: 'assets/en-1.json', src: 'widget/app/locales/en.json' },
  'widget/app/locales/ja.json': { file: 'assets/ja-2.json', src: 'widget/app/locales/ja.json' },
  'widget/app/locales/zh-TW.json': { file: 'assets/zh-TW-3.json', src: 'widget/app/locales/zh-TW.json' },
};
const preloaded = (html: string) => /<link rel="preload" as="fetch" crossorigin href="\/(assets\/[^"]+)">\s*<\/head>/.exec(html)?.[1];

describe('the widget page preloads the strings of the language the app will pick', () => {
  it('Accept-Language: by q, then order; no * and no q=0', () => {
    expect(acceptedLanguages('fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5')).toEqual(['fr-CH', 'fr', 'en', 'de']);
    expect(acceptedLanguages('en;q=0.5,ja')).toEqual(['ja', 'en']);
    expect(acceptedLanguages('ja;q=0, en')).toEqual(['en']);
    expect(acceptedLanguages(undefined)).toEqual([]);
  });

  it('the locale parameter first, then Accept-Language, then English', () => {
    expect(preloaded(widgetPage(HTML, localeFiles(MANIFEST), 'ja-JP', 'zh-HK'))).toBe('assets/ja-2.json');
    expect(preloaded(widgetPage(HTML, localeFiles(MANIFEST), undefined, 'ko, zh-HK;q=0.8'))).toBe('assets/zh-TW-3.json');
    expect(preloaded(widgetPage(HTML, localeFiles(MANIFEST), 'xx', 'ko'))).toBe('assets/en-1.json');
    expect(preloaded(widgetPage(HTML, localeFiles(MANIFEST), ['ja', 'en'], undefined))).toBe('assets/en-1.json'); // a repeated parameter is not a tag
  });

  it('only hashed asset names reach the markup', () => {
    const odd = { 'widget/app/locales/ja.json': { file: 'assets/ja"><script>.json', src: 'widget/app/locales/ja.json' } };
    expect(widgetPage(HTML, localeFiles(odd), 'ja', undefined)).toBe(HTML);
  });
});
