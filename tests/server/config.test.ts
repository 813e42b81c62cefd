import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { ConfigError, loadConfig } from '../../server/config.ts';

describe('configuration from the environment', () => {
  it('has working defaults', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 8080, host: '127.0.0.1', publicUrl: 'http://127.0.0.1:8080', logLevel: 'info' });
    expect(c.dataDir).toBe(path.resolve('./data'));
    expect(c.allowedOrigins).toEqual(['http://127.0.0.1:8080']);
  });

  it('reads every variable', () => {
    const c = loadConfig({
      PORT: '9000',
      HOST: '0.0.0.0',
      KEFU_DATA_DIR: '/tmp/kefu-x',
      KEFU_PUBLIC_URL: 'https://chat.example.com/',
      KEFU_ALLOWED_ORIGINS: 'https://shop.example.com, https://WWW.Example.com',
    });
    expect(c.port).toBe(9000);
    expect(c.publicUrl).toBe('https://chat.example.com');
    expect(c.allowedOrigins).toEqual(['https://chat.example.com', 'https://shop.example.com', 'https://www.example.com']);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ KEFU_PUBLIC_URL: 'ftp://x' }, 'KEFU_PUBLIC_URL'],
    [{ KEFU_ALLOWED_ORIGINS: 'https://shop.example.com/path' }, 'KEFU_ALLOWED_ORIGINS'],
    [{ KEFU_ALLOWED_ORIGINS: 'shop.example.com' }, 'KEFU_ALLOWED_ORIGINS'],
    [{ KEFU_LOG_LEVEL: 'loud' }, 'KEFU_LOG_LEVEL'],
    [{ KEFU_TOTP_KEY: 'too short' }, 'KEFU_TOTP_KEY: at least 32 characters'],
    // Several nodes must seal and open agents' TOTP secrets with one key: none of them may make its own.
    [{ KEFU_DATABASE_URL: 'postgres://kefu@db/kefu' }, 'KEFU_TOTP_KEY: required with KEFU_DATABASE_URL'],
    // Bounces: a return path without a token to guard its route (or the reverse), or with no e-mail sent at all.
    [{ KEFU_SMTP_URL: 'smtp://mx', KEFU_MAIL_BOUNCE_ADDRESS: 'bounces@mail.example.com' }, 'KEFU_MAIL_BOUNCE_ADDRESS and KEFU_MAIL_BOUNCE_TOKEN'],
    [{ KEFU_SMTP_URL: 'smtp://mx', KEFU_MAIL_BOUNCE_TOKEN: 'x'.repeat(32) }, 'KEFU_MAIL_BOUNCE_ADDRESS and KEFU_MAIL_BOUNCE_TOKEN'],
    [{ KEFU_MAIL_BOUNCE_ADDRESS: 'bounces@mail.example.com', KEFU_MAIL_BOUNCE_TOKEN: 'x'.repeat(32) }, 'with KEFU_SMTP_URL'],
    [{ KEFU_SMTP_URL: 'smtp://mx', KEFU_MAIL_BOUNCE_ADDRESS: 'bounces@mail.example.com', KEFU_MAIL_BOUNCE_TOKEN: 'short' }, 'KEFU_MAIL_BOUNCE_TOKEN: at least 32 characters'],
    [{ KEFU_BLOB_STORE: 's3', KEFU_S3_ENDPOINT: 'http://minio:9000', KEFU_S3_BUCKET: 'kefu' }, 'KEFU_BLOB_STORE=s3 needs KEFU_S3_ACCESS_KEY_ID, KEFU_S3_SECRET_ACCESS_KEY'],
    [{ KEFU_S3_BUCKET: 'Kefu_Files' }, 'KEFU_S3_BUCKET'],
  ])('rejects %o naming %s', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(name);
  });
});
