/**
 * A User-Agent as a person reads it: "Chrome 156 · Android 14", "Safari 18 · iOS 18.2", "WeChat 8.0 · iOS 17".
 * Order matters: in-app browsers and Edge/Opera/Samsung name Chrome or Safari too. Unknown parts are left out.
 */
const BROWSERS: [string, RegExp][] = [
  ['WeChat', /MicroMessenger\/(\d+(?:\.\d+)?)/],
  ['Alipay', /AlipayClient\/(\d+(?:\.\d+)?)/],
  ['Edge', /Edg(?:A|iOS)?\/(\d+)/],
  ['Opera', /OPR\/(\d+)/],
  ['Samsung Internet', /SamsungBrowser\/(\d+)/],
  ['Firefox', /(?:Firefox|FxiOS)\/(\d+)/],
  ['Chrome', /(?:Chrome|CriOS)\/(\d+)/],
  ['Safari', /Version\/(\d+(?:\.\d+)?).*Safari/],
];
const SYSTEMS: [string, RegExp][] = [
  ['Android', /Android (\d+(?:\.\d+)?)/],
  ['iOS', /(?:iPhone|iPad|iPod).*? OS (\d+(?:_\d+)?)/],
  ['HarmonyOS', /HarmonyOS[ /]?(\d+(?:\.\d+)?)?/],
  ['Windows', /Windows NT (\d+(?:\.\d+)?)/],
  ['macOS', /Mac OS X (\d+(?:[._]\d+)?)/],
  ['Linux', /Linux()/],
];
const WINDOWS: Record<string, string> = { '10.0': '10/11', '6.3': '8.1', '6.2': '8', '6.1': '7' };

function first(list: [string, RegExp][], ua: string): string | null {
  for (const [name, re] of list) {
    const m = re.exec(ua);
    if (!m) continue;
    const version = (m[1] ?? '').replace(/_/g, '.');
    return version ? `${name} ${name === 'Windows' ? (WINDOWS[version] ?? version) : version}` : name;
  }
  return null;
}

export function describeDevice(ua: string | null): string | null {
  if (!ua) return null;
  const parts = [first(BROWSERS, ua), first(SYSTEMS, ua)].filter(Boolean);
  return parts.length ? parts.join(' · ') : null;
}
