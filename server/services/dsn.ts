/**
 * Delivery status notifications (RFC 3464): the report a mail server sends back to an e-mail's return path when
 * it could not deliver it after accepting it (a "bounce"). Pure: raw message in, what it says out. Every pattern
 * here is linear (no nested quantifiers): the input comes from the outside world.
 */

/** One recipient's line of a report. */
export interface DsnRecipient {
  /** failed, delayed, delivered, relayed or expanded (RFC 3464 §2.3.3), lower case. */
  action: string;
  /** The enhanced status code, e.g. `5.1.1` (RFC 3463); null when missing. */
  status: string | null;
  /** What the remote server said (`Diagnostic-Code` without its type), else null. */
  diagnostic: string | null;
  /** The address the report is about (`Final-Recipient`, else `Original-Recipient`), without its type. */
  recipient: string | null;
}

export interface ParsedMessage {
  /** Header names lower case, each with its values in order (folded lines joined). */
  headers: Map<string, string[]>;
  body: string;
}

/** How deep multipart parts are searched for the report (a report is top level; a forwarded one is one deeper). */
const MAX_DEPTH = 3;
/** At most this many recipients are read from one report. */
const MAX_RECIPIENTS = 50;

/** Headers (unfolded) and body of one message or MIME part. */
export function parseMessage(raw: string): ParsedMessage {
  const text = raw.replace(/\r\n/g, '\n');
  const end = text.indexOf('\n\n');
  const head = end === -1 ? text : text.slice(0, end);
  const body = end === -1 ? '' : text.slice(end + 2);
  return { headers: parseFields(head), body };
}

/** `Name: value` lines, continuation lines (starting with a space or a tab) joined to the one before. */
function parseFields(block: string): Map<string, string[]> {
  const fields = new Map<string, string[]>();
  let last: string[] | null = null;
  for (const line of block.split('\n')) {
    if ((line.startsWith(' ') || line.startsWith('\t')) && last) {
      last[last.length - 1] += ` ${line.trim()}`;
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const values = fields.get(name) ?? [];
    values.push(line.slice(colon + 1).trim());
    fields.set(name, values);
    last = values;
  }
  return fields;
}

const first = (headers: Map<string, string[]>, name: string): string | undefined => headers.get(name)?.[0];

/** The media type (lower case) and the boundary parameter of a Content-Type value. */
function contentType(value: string | undefined): { type: string; boundary: string | null } {
  if (!value) return { type: 'text/plain', boundary: null };
  const type = value.split(';', 1)[0]!.trim().toLowerCase();
  const boundary = /;\s*boundary\s*=\s*(?:"([^"]{1,200})"|([^;\s"]{1,200}))/i.exec(value);
  return { type, boundary: boundary ? (boundary[1] ?? boundary[2] ?? null) : null };
}

/** The parts of a multipart body, each as a message of its own. */
function splitParts(body: string, boundary: string): ParsedMessage[] {
  const delimiter = `--${boundary}`;
  const parts: string[] = [];
  let current: string[] | null = null;
  for (const line of body.replace(/\r\n/g, '\n').split('\n')) {
    const trimmed = line.trimEnd();
    if (trimmed === delimiter || trimmed === `${delimiter}--`) {
      if (current) parts.push(current.join('\n'));
      if (trimmed.endsWith('--') && trimmed !== delimiter) return parts.map(parseMessage);
      current = [];
      continue;
    }
    current?.push(line);
  }
  if (current) parts.push(current.join('\n'));
  return parts.map(parseMessage);
}

function decoded(part: ParsedMessage): string {
  const encoding = first(part.headers, 'content-transfer-encoding')?.toLowerCase();
  if (encoding === 'base64') return Buffer.from(part.body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') return part.body.replace(/=\n/g, '').replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return part.body;
}

/** The `message/delivery-status` part's text, searched through nested multiparts; null when there is none. */
function statusPart(message: ParsedMessage, depth: number): string | null {
  const { type, boundary } = contentType(first(message.headers, 'content-type'));
  if (type === 'message/delivery-status' || type === 'message/global-delivery-status') return decoded(message);
  if (!type.startsWith('multipart/') || !boundary || depth >= MAX_DEPTH) return null;
  for (const part of splitParts(message.body, boundary)) {
    const found = statusPart(part, depth + 1);
    if (found !== null) return found;
  }
  return null;
}

/** `rfc822; someone@example.com` → `someone@example.com` (the value after the type, RFC 3464 §2.3.2). */
const afterType = (value: string | undefined): string | null => {
  if (!value) return null;
  const semi = value.indexOf(';');
  const rest = (semi === -1 ? value : value.slice(semi + 1)).trim();
  return rest === '' ? null : rest;
};

/**
 * The recipients a delivery report is about, with what happened to each; null when the message is not a report
 * (an auto-reply, a person writing back, anything else that reached the return path).
 */
export function parseDsn(raw: string): DsnRecipient[] | null {
  const report = statusPart(parseMessage(raw), 0);
  if (report === null) return null;
  // The first block is about the message; each block after it is about one recipient.
  const blocks = report.replace(/\r\n/g, '\n').split(/\n[ \t]*\n/).slice(1, 1 + MAX_RECIPIENTS);
  return blocks.flatMap((block) => {
    const fields = parseFields(block);
    const action = first(fields, 'action')?.toLowerCase();
    if (!action) return [];
    return [
      {
        action,
        status: /^\d\.\d{1,3}\.\d{1,3}/.exec(first(fields, 'status') ?? '')?.[0] ?? null,
        diagnostic: afterType(first(fields, 'diagnostic-code')),
        recipient: afterType(first(fields, 'final-recipient')) ?? afterType(first(fields, 'original-recipient')),
      },
    ];
  });
}
