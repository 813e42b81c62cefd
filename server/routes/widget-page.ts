import { pickLocale } from '../../protocol/locale.ts';

/**
 * The widget page (/widget in the loader's iframe, /chat full-page in an app's webview) with its UI
 * language's strings preloaded: the app cannot draw before it has them, so they should arrive with the
 * code rather than be asked for once the code has run. The language is picked as the app picks it (the
 * `locale` parameter, else the browser's languages, here from Accept-Language); should the two ever differ,
 * the app simply fetches its own and the preload is wasted, never wrong.
 */
export interface ManifestEntry {
  file: string;
  src?: string;
}

const LOCALE_SRC = /^widget\/app\/locales\/([\w-]+)\.json$/;
const ASSET = /^assets\/[\w.-]+$/;

/** "ja-JP,ja;q=0.9,en;q=0.8" → ["ja-JP", "ja", "en"]: by preference, without `*` and q=0. */
export function acceptedLanguages(header: string | undefined): string[] {
  return (header ?? '')
    .split(',')
    .map((part, i) => {
      const [tag = '', ...params] = part.split(';').map((s) => s.trim());
      const q = params.find((p) => p.startsWith('q='));
      return { tag, i, q: q ? Number(q.slice(2)) : 1 };
    })
    .filter((l) => l.tag && l.tag !== '*' && l.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i)
    .map((l) => l.tag);
}

/** Each UI language's strings file in the widget build's manifest (locale → `assets/…`). */
export function localeFiles(manifest: Record<string, ManifestEntry>): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of Object.values(manifest)) {
    const locale = LOCALE_SRC.exec(entry.src ?? '')?.[1];
    if (locale && ASSET.test(entry.file)) files.set(locale, entry.file);
  }
  return files;
}

/** The built page with a `<link rel=preload>` of the strings file (see localeFiles) for the language the app will pick. */
export function widgetPage(html: string, files: ReadonlyMap<string, string>, requested: unknown, acceptLanguage: string | undefined): string {
  const tags = [typeof requested == 'string' ? requested : null, ...acceptedLanguages(acceptLanguage)];
  const file = files.get(pickLocale(tags, [...files.keys()]));
  // crossorigin: fetch() asks in CORS mode, and a preload is reused only by a request of the same mode.
  return file ? html.replace('</head>', `<link rel="preload" as="fetch" crossorigin href="/${file}">\n  </head>`) : html;
}
