import { z } from 'zod';
import path from 'node:path';
import { isIP } from 'node:net';
import { ATTACHMENT_DEFAULT_MAX_BYTES, CARD_MASK_STYLES, type CardMaskStyle, type SitesFile } from '../protocol/index.ts';
import { loadSitesFile } from './sites/load.ts';
import { SecurityEnv, securityConfig, type SecurityConfig } from './security-config.ts';
import { ROOT } from './paths.ts';
import type { IdleTimes } from './services/idle-sweep.ts';
import type { BounceConfig } from './services/mail-bounces.ts';
import type { S3Config } from './blobs/s3.ts';

/** Parse a comma-separated list of origins ("https://a.example, https://b.example") into exact origins. */
const Origins = z
  .string()
  .transform((s) => s.split(',').map((o) => o.trim()).filter(Boolean))
  .pipe(
    z.array(
      z.string().refine((o) => {
        try {
          return new URL(o).origin === o.replace(/\/$/, '').toLowerCase();
        } catch {
          return false;
        }
      }, 'each origin is scheme://host[:port] with no path, e.g. https://shop.example.com'),
    ),
  );

const EnvSchema = SecurityEnv.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default('127.0.0.1'),
  KEFU_DATA_DIR: z.string().min(1).default('./data'),
  KEFU_DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/\S+$/, 'a PostgreSQL URL: postgres://user:password@host:5432/database')
    .optional(),
  KEFU_PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  KEFU_ALLOWED_ORIGINS: Origins.optional(),
  KEFU_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  KEFU_FAQ_PACK_DIR: z.string().min(1).optional(),
  KEFU_CARD_MASK: z.enum(CARD_MASK_STYLES).default('last4'),
  KEFU_RETENTION_DAYS: z.coerce.number().int().min(1).default(365),
  KEFU_METRICS_ALLOW: z
    .string()
    .default('127.0.0.1,::1')
    .transform((s) => s.split(',').map((a) => a.trim()).filter(Boolean))
    .pipe(z.array(z.string().refine((a) => isIP(a) !== 0, 'each entry is an IP address, e.g. 127.0.0.1,::1,10.0.0.5'))),
  KEFU_METRICS_TOKEN: z.string().min(16, 'at least 16 characters').optional(),
  KEFU_ADMIN_EMAIL: z.email().optional(),
  KEFU_ADMIN_PASSWORD: z.string().min(10, 'at least 10 characters').max(200).optional(),
  KEFU_ROUTING: z.enum(['auto', 'manual']).default('manual'),
  KEFU_WEBHOOKS_ALLOW_PRIVATE: z.enum(['true', 'false']).default('false'),
  KEFU_SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'smtp://user:password@host:587 or smtps://…:465' }).optional(),
  KEFU_MAIL_FROM: z.string().min(3).max(300).optional(),
  KEFU_MAIL_REPLY_TO: z.string().min(3).max(300).optional(),
  KEFU_MAIL_GRACE_SECONDS: z.coerce.number().int().min(0).max(86_400).default(120),
  KEFU_MAIL_LINK_HOURS: z.coerce.number().int().min(1).max(168).default(48),
  KEFU_MAIL_BOUNCE_ADDRESS: z.email({ error: 'an e-mail address whose mail reaches Kefu, e.g. bounces@mail.wallet.example' }).max(200).optional(),
  KEFU_MAIL_BOUNCE_TOKEN: z.string().min(32, 'at least 32 characters').max(200).optional(),
  KEFU_REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
  KEFU_REDIS_PREFIX: z.string().regex(/^[\w.:-]{1,64}$/, 'letters, digits, . : _ - (up to 64)').default('kefu:'),
  KEFU_SITES: z.string().min(1).optional(),
  KEFU_SHUTDOWN_DRAIN_MS: z.coerce.number().int().min(0).max(300_000).optional(),
  KEFU_ATTACHMENT_MAX_BYTES: z.coerce.number().int().min(1024).max(100 * 1024 * 1024).default(ATTACHMENT_DEFAULT_MAX_BYTES),
  KEFU_FILE_LINK_TTL_SECONDS: z.coerce.number().int().min(60).max(86_400).default(3600),
  KEFU_FILE_LINK_SECRET: z.string().min(32, 'at least 32 characters').optional(),
  KEFU_BLOB_STORE: z.enum(['file', 'postgres', 's3']).optional(),
  KEFU_S3_ENDPOINT: z.url({ protocol: /^https?$/, error: 'the S3 endpoint, e.g. https://s3.eu-central-1.amazonaws.com or http://minio:9000' }).optional(),
  KEFU_S3_BUCKET: z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'a bucket name: 3-63 lower-case letters, digits, . and -').optional(),
  KEFU_S3_REGION: z.string().regex(/^[a-z0-9-]{1,40}$/).default('us-east-1'),
  KEFU_S3_ACCESS_KEY_ID: z.string().min(1).max(200).optional(),
  KEFU_S3_SECRET_ACCESS_KEY: z.string().min(1).max(200).optional(),
  KEFU_IDLE_CLOSE_MINUTES: z.coerce.number().int().min(0).max(43_200).default(60),
  KEFU_QUEUE_ABANDON_SECONDS: z.coerce
    .number()
    .int()
    .max(86_400)
    .refine((s) => s === 0 || s >= 60, '0 (never) or at least 60: each node stamps its waiting visitors every 30 s')
    .default(300),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** PostgreSQL (postgres://…) for many nodes; null: SQLite in `dataDir` (one box). Never logged: it holds a password. */
  databaseUrl: string | null;
  /** Where browsers reach this server (the loader's and iframe's origin). */
  publicUrl: string;
  /** Host pages allowed to embed the widget; the public URL's own origin is always allowed. */
  allowedOrigins: string[];
  logLevel: z.infer<typeof EnvSchema>['KEFU_LOG_LEVEL'];
  /** The FAQ pack folder. */
  faqPackDir: string;
  /** How card numbers in messages are masked before they are stored: `•••• 1234` or `411111 •••• 1234`. */
  cardMask: CardMaskStyle;
  /** Conversations idle for longer are purged (with their messages, notes, tickets, ratings). */
  retentionDays: number;
  /** Addresses served `GET /metrics` without a token. */
  metricsAllow: string[];
  /** Bearer token that opens `GET /metrics` from any address; null: only the allowed addresses. */
  metricsToken: string | null;
  /** Identity signing, proxy trust and abuse limits. */
  security: SecurityConfig;
  /** The first admin, created at start-up when there is no admin yet. */
  admin: { email: string; password: string } | null;
  /** auto: a waiting chat goes to the least-busy online agent under their limit; manual: agents claim. */
  routing: 'auto' | 'manual';
  /** Webhooks may reach loopback and private addresses (a receiver inside the operator's network); refused by default. */
  webhooksAllowPrivate: boolean;
  /** E-mail to visitors; null: none is sent (KEFU_SMTP_URL unset). */
  mail: { smtpUrl: string; from: string; replyTo: string | null; graceMs: number; linkHours: number; bounce: BounceConfig | null } | null;
  /** Several nodes: the Redis they share (bus, limits, presence); null: one box, all in memory. */
  redisUrl: string | null;
  /** Every Redis key and channel starts with it (several installs can share one Redis). */
  redisPrefix: string;
  /** Each site's channels and business hours from the KEFU_SITES file ({} without one); the database's win. */
  sites: SitesFile;
  /**
   * On SIGTERM: how long /readyz answers 503 (the load balancer stops sending new clients) before the sockets
   * are told to reconnect elsewhere and the node closes. At least the balancer's health-check interval × fails.
   */
  shutdownDrainMs: number;
  /**
   * Files in messages: the upload limit, how long a signed link lives, the links' HMAC secret (null: a random one
   * kept in the data directory, right for one box; several nodes share KEFU_FILE_LINK_SECRET), and where the bytes
   * go (files under the data directory, or PostgreSQL's blobs table; the default follows the database).
   */
  attachments: { maxBytes: number; linkTtlSeconds: number; linkSecret: string | null; blobStore: 'file' | 'postgres' | 's3'; s3: S3Config | null };
  /**
   * An open conversation nobody wrote in for `closeMs` closes (not an agent's whose visitor waits for a reply); a
   * waiting entry whose visitor has been gone for `abandonMs` leaves the queue. 0: never.
   */
  idle: IdleTimes;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Read the configuration from environment variables; throws ConfigError naming every bad variable. */
const s3Config = (e: z.infer<typeof EnvSchema>): S3Config | null =>
  e.KEFU_BLOB_STORE === 's3'
    ? { endpoint: e.KEFU_S3_ENDPOINT!, bucket: e.KEFU_S3_BUCKET!, region: e.KEFU_S3_REGION, accessKeyId: e.KEFU_S3_ACCESS_KEY_ID!, secretAccessKey: e.KEFU_S3_SECRET_ACCESS_KEY! }
    : null;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.KEFU_DATABASE_URL && !e.KEFU_TOTP_KEY) {
    throw new ConfigError('Invalid configuration:\n  KEFU_TOTP_KEY: required with KEFU_DATABASE_URL (at least 32 characters, the same on every node: it seals the agents\' TOTP secrets)');
  }
  if (!e.KEFU_MAIL_BOUNCE_ADDRESS !== !e.KEFU_MAIL_BOUNCE_TOKEN || (e.KEFU_MAIL_BOUNCE_ADDRESS && !e.KEFU_SMTP_URL)) {
    throw new ConfigError('Invalid configuration:\n  KEFU_MAIL_BOUNCE_ADDRESS and KEFU_MAIL_BOUNCE_TOKEN: set both, with KEFU_SMTP_URL (the return path of each e-mail, and the token the bounce route asks for)');
  }
  const s3Missing = ['KEFU_S3_ENDPOINT', 'KEFU_S3_BUCKET', 'KEFU_S3_ACCESS_KEY_ID', 'KEFU_S3_SECRET_ACCESS_KEY'].filter((k) => !e[k as keyof typeof e]);
  if (e.KEFU_BLOB_STORE === 's3' && s3Missing.length > 0) throw new ConfigError(`Invalid configuration:\n  KEFU_BLOB_STORE=s3 needs ${s3Missing.join(', ')}`);
  let sites: SitesFile = {};
  try {
    if (e.KEFU_SITES) sites = loadSitesFile(path.resolve(e.KEFU_SITES));
  } catch (err) {
    throw new ConfigError(`Invalid configuration:\n  ${(err as Error).message}`);
  }
  const publicUrl = (e.KEFU_PUBLIC_URL ?? `http://${e.HOST === '0.0.0.0' ? '127.0.0.1' : e.HOST}:${e.PORT}`).replace(/\/$/, '');
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.KEFU_DATA_DIR),
    databaseUrl: e.KEFU_DATABASE_URL ?? null,
    publicUrl,
    allowedOrigins: normalizeOrigins([new URL(publicUrl).origin, ...(e.KEFU_ALLOWED_ORIGINS ?? [])]),
    logLevel: e.KEFU_LOG_LEVEL,
    faqPackDir: e.KEFU_FAQ_PACK_DIR ? path.resolve(e.KEFU_FAQ_PACK_DIR) : path.join(ROOT, 'faq/packs/wallet'),
    cardMask: e.KEFU_CARD_MASK,
    retentionDays: e.KEFU_RETENTION_DAYS,
    metricsAllow: e.KEFU_METRICS_ALLOW,
    metricsToken: e.KEFU_METRICS_TOKEN ?? null,
    security: securityConfig(e),
    admin: e.KEFU_ADMIN_EMAIL && e.KEFU_ADMIN_PASSWORD ? { email: e.KEFU_ADMIN_EMAIL, password: e.KEFU_ADMIN_PASSWORD } : null,
    routing: e.KEFU_ROUTING,
    webhooksAllowPrivate: e.KEFU_WEBHOOKS_ALLOW_PRIVATE === 'true',
    mail: e.KEFU_SMTP_URL
      ? {
          smtpUrl: e.KEFU_SMTP_URL,
          from: e.KEFU_MAIL_FROM ?? `Support <no-reply@${new URL(publicUrl).hostname}>`,
          replyTo: e.KEFU_MAIL_REPLY_TO ?? null,
          graceMs: e.KEFU_MAIL_GRACE_SECONDS * 1000,
          linkHours: e.KEFU_MAIL_LINK_HOURS,
          bounce: e.KEFU_MAIL_BOUNCE_ADDRESS && e.KEFU_MAIL_BOUNCE_TOKEN ? { address: e.KEFU_MAIL_BOUNCE_ADDRESS, token: e.KEFU_MAIL_BOUNCE_TOKEN } : null,
        }
      : null,
    redisUrl: e.KEFU_REDIS_URL ?? null,
    redisPrefix: e.KEFU_REDIS_PREFIX,
    sites,
    // One box has no other node to send clients to: it closes at once unless told otherwise.
    shutdownDrainMs: e.KEFU_SHUTDOWN_DRAIN_MS ?? (e.KEFU_REDIS_URL ? 5_000 : 0),
    attachments: {
      maxBytes: e.KEFU_ATTACHMENT_MAX_BYTES,
      linkTtlSeconds: e.KEFU_FILE_LINK_TTL_SECONDS,
      linkSecret: e.KEFU_FILE_LINK_SECRET ?? null,
      blobStore: e.KEFU_BLOB_STORE ?? (e.KEFU_DATABASE_URL ? 'postgres' : 'file'),
      s3: s3Config(e),
    },
    idle: { closeMs: e.KEFU_IDLE_CLOSE_MINUTES * 60_000, abandonMs: e.KEFU_QUEUE_ABANDON_SECONDS * 1000 },
  };
}

function normalizeOrigins(origins: string[]): string[] {
  return [...new Set(origins.map((o) => new URL(o).origin))];
}
