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
  ])('rejects %o naming %s', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(name);
  });
});
