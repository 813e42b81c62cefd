import { useEffect, useState } from 'preact/hooks';

/**
 * A QR code of `text`, drawn as one SVG path (no HTML injected). The encoder (`uqr`) is its own chunk, loaded
 * when a QR code is first shown: the console's first load does not carry it.
 */
export function QrCode({ text, label }: { text: string; label: string }) {
  const [path, setPath] = useState<{ d: string; size: number } | null>(null);
  useEffect(() => {
    let live = true;
    void import('uqr').then(({ encode }) => {
      const { data, size } = encode(text, { ecc: 'M', border: 2 });
      let d = '';
      data.forEach((row, y) => row.forEach((dark, x) => dark && (d += `M${x} ${y}h1v1h-1z`)));
      if (live) setPath({ d, size });
    });
    return () => void (live = false);
  }, [text]);
  return (
    <figure class="qr" role="img" aria-label={label}>
      {path ? (
        <svg viewBox={`0 0 ${path.size} ${path.size}`} shape-rendering="crispEdges" aria-hidden="true">
          <rect width={path.size} height={path.size} fill="#fff" />
          <path d={path.d} fill="#000" />
        </svg>
      ) : null}
    </figure>
  );
}
