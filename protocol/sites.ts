import { z } from 'zod';
import { safe } from './data-class.ts';

/**
 * A site's other channels and business hours: the `KEFU_SITES` file's shape (keyed by site id), and the body
 * of the admin endpoint that overrides it per site (what admins save is stored in the database and wins).
 */
const Text = (max: number) => z.string().trim().min(1).max(max);
const HttpsUrl = z.url({ protocol: /^https?$/ }).max(500);

export const Phone = z.strictObject({
  /** Shown next to the number ("Hong Kong", "Mainland China", "International"). */
  region: Text(60),
  number: z.string().trim().regex(/^\+?[0-9][0-9 ()-]{3,24}$/, 'a phone number: digits, spaces, ( ) - and an optional leading +'),
});

export const SOCIAL_NETWORKS = ['wechat', 'line', 'whatsapp', 'telegram', 'facebook', 'x', 'instagram', 'weibo', 'kakaotalk', 'other'] as const;
export const Social = z.union([
  z.strictObject({ network: z.enum(SOCIAL_NETWORKS), handle: Text(80) }),
  z.strictObject({ network: z.enum(SOCIAL_NETWORKS), url: HttpsUrl }),
]);

export const Channels = z.strictObject({
  phones: z.array(Phone).max(20).default([]),
  email: z.email().max(200).optional(),
  social: z.array(Social).max(20).default([]),
  helpCenter: HttpsUrl.optional(),
});
export type Channels = z.infer<typeof Channels>;

export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const Clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'a time of day "HH:MM" (24:00 is the end of the day)');
const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
/** One opening interval of a day, ["09:00", "18:00"]: start before end. */
export const Interval = z.tuple([Clock, Clock]).refine(([a, b]) => minutes(a) < minutes(b), 'the interval must start before it ends');

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export const Hours = z.strictObject({
  timezone: z.string().refine(isTimeZone, 'an IANA time zone such as "Asia/Shanghai"'),
  /** A day missing here is closed. */
  weekly: z.partialRecord(z.enum(WEEKDAYS), z.array(Interval).max(6)),
  /** Whole days closed, in the site's time zone. */
  holidays: z.array(z.iso.date()).max(400).default([]),
});
export type Hours = z.infer<typeof Hours>;

/** An e-mail header address ("Shop Support <help@shop.example>"): one line (no header can be smuggled in). */
const MailAddress = z
  .string()
  .trim()
  .min(3)
  .max(300)
  .refine((s) => s.includes('@') && !s.includes('\r') && !s.includes('\n'), 'an address like "Shop Support <help@shop.example>", on one line');

/**
 * One site: its channels, optionally its hours (a site without hours is open whenever an agent is online), and the
 * From and Reply-To of the e-mails its visitors get (else KEFU_MAIL_FROM / KEFU_MAIL_REPLY_TO).
 */
export const SiteSettings = z.strictObject({
  channels: Channels.default({ phones: [], social: [] }),
  hours: Hours.optional(),
  email: z.strictObject({ from: MailAddress.optional(), replyTo: MailAddress.optional() }).optional(),
  /** Its open conversations close after this many minutes without a message (0: never); absent: KEFU_IDLE_CLOSE_MINUTES. */
  idleCloseMinutes: z.number().int().min(0).max(43_200).optional(),
});
export type SiteSettings = z.infer<typeof SiteSettings>;
export type SiteSettingsInput = z.input<typeof SiteSettings>;

export const SiteId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'a site id: 1–64 characters of A–Z a–z 0–9 _ -');
export const SitesFile = z.record(SiteId, SiteSettings);
export type SitesFile = z.infer<typeof SitesFile>;

/**
 * Whether a person can answer now, as the widget tells the visitor (one truth at a time): online, with the
 * typical time to a first reply measured on recent chats (null until measured) and, within business hours, `until`
 * their end; or away — `closed` outside business hours, back at the next opening (null: none within 60 days), or
 * `nobody` online within hours (`until` their end). At `until` or `backAt` the server sends the state again.
 */
export const Reach = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('online'), replySec: z.number().int().min(0).nullable(), until: z.number().int().optional() }),
  z.object({ kind: z.literal('away'), reason: z.enum(['closed', 'nobody']), backAt: z.number().int().nullable(), until: z.number().int().optional() }),
]);
export type Reach = z.infer<typeof Reach>;

/** GET/PUT /api/v1/admin/sites/:site */
export const SiteSettingsView = safe(z.object({
  site: z.string(),
  /** Where the settings in force come from. */
  source: z.enum(['database', 'file', 'none']),
  settings: SiteSettings,
  updatedAt: z.number().nullable(),
}));
export type SiteSettingsView = z.infer<typeof SiteSettingsView>;
