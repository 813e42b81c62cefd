import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { reservedPort } from './ports.ts';
import { reapOnExit } from './reap-on-exit.ts';
import { throwIfAborted } from './wait.ts';

/**
 * A PostgreSQL server of our own: `initdb` in a temporary directory, `pg_ctl` on 127.0.0.1 at a port named in its
 * configuration (reservedPort; another port if something takes that one before PostgreSQL binds it).
 * Restarting or stopping it disturbs nobody else's database (the machine's shared PostgreSQL is never touched).
 * PostgreSQL refuses to run as root: as root (CI) the instance runs as the `postgres` user, which Debian's
 * package creates.
 */
export interface PgInstance {
  /** postgres://kefu:kefu@127.0.0.1:<port>/kefu (the role is a superuser of this instance only). */
  url: string;
  port: number;
  /** The postmaster's process id (its backends are its children). */
  pid(): number;
  /** `pg_ctl restart -m fast`: every connection is ended, the server is down for a moment, then back on the same port. */
  restart(): Promise<void>;
  /** `pg_ctl stop -m fast`: every connection is ended and new ones are refused until `start()`. */
  shutdown(): Promise<void>;
  /** Start it again after `shutdown()` (same port, same data). */
  start(): Promise<void>;
  /** Stop it at once and remove its directory. */
  stop(): Promise<void>;
}

/** The newest installed PostgreSQL's binaries (Debian keeps them out of PATH), or null without one. */
export function pgBinDir(): string | null {
  const fromConfig = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
  const candidates = [fromConfig.status === 0 ? fromConfig.stdout.trim() : '', ...listVersions().map((v) => `/usr/lib/postgresql/${v}/bin`)];
  return candidates.find((dir) => dir && existsSync(path.join(dir, 'initdb')) && existsSync(path.join(dir, 'pg_ctl'))) ?? null;
}

function listVersions(): string[] {
  try {
    return readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a));
  } catch {
    return [];
  }
}

const run = promisify(execFile);

/** Run a PostgreSQL binary as the user that owns the instance (without blocking the event loop: clients go on meanwhile). */
async function runAs(owner: string | null, bin: string, args: string[]): Promise<void> {
  const [cmd, argv] = owner ? ['runuser', ['-u', owner, '--', bin, ...args]] : [bin, args];
  try {
    await run(cmd, argv, { encoding: 'utf8', timeout: 120_000 });
  } catch (err) {
    const e = err as { code?: number; stderr?: string; stdout?: string; message: string };
    throw new Error(`${path.basename(bin)} ${args[0] ?? ''} failed (${e.code}): ${e.stderr || e.stdout || e.message}`);
  }
}

/** Ports tried when PostgreSQL finds the one it was given taken. */
const PORT_ATTEMPTS = 3;

/**
 * Create and start an instance (a few seconds). `settings` go into its postgresql.conf. Always `stop()` it,
 * which also removes its directory. `signal` aborted while it starts: the instance is stopped and removed before this
 * rejects with an AbortError.
 */
export async function startPgInstance(settings: Record<string, string> = {}, signal?: AbortSignal): Promise<PgInstance> {
  const bin = pgBinDir();
  if (!bin) throw new Error('no PostgreSQL binaries (initdb, pg_ctl): apt-get install postgresql');
  const owner = userInfo().uid === 0 ? 'postgres' : null;
  const dir = mkdtempSync(path.join(tmpdir(), 'kefu-pg-'));
  const data = path.join(dir, 'data');
  const log = path.join(dir, 'server.log');
  if (owner) {
    const uid = Number(execFileSync('id', ['-u', owner], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', owner], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  const pwfile = path.join(dir, 'pw');
  writeFileSync(pwfile, 'kefu\n', { mode: 0o644 });
  const ctl = (...args: string[]) => runAs(owner, path.join(bin, 'pg_ctl'), args);
  // A test or soak that crashes, times out or is ended by a signal must not leave a PostgreSQL running (pg_ctl starts it
  // in a session of its own: no signal to this process reaches it): stop it synchronously as the process goes. Registered
  // before `pg_ctl start`, which returns only once the server is up: a process ended during that wait (session 37) or a
  // start that fails after the postmaster ran leaves nothing either.
  const reap = () => {
    if (existsSync(path.join(data, 'postmaster.pid'))) {
      const argv = ['stop', '-D', data, '-m', 'immediate', '-w', '-t', '10'];
      spawnSync(owner ? 'runuser' : path.join(bin, 'pg_ctl'), owner ? ['-u', owner, '--', path.join(bin, 'pg_ctl'), ...argv] : argv, { stdio: 'ignore' });
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const forget = reapOnExit(reap);
  let port = 0;
  try {
    await runAs(owner, path.join(bin, 'initdb'), ['-D', data, '-U', 'kefu', `--pwfile=${pwfile}`, '-A', 'scram-sha-256', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
    for (let attempt = 1; ; attempt++) {
      throwIfAborted(signal);
      port = await reservedPort();
      const conf = {
        listen_addresses: "'127.0.0.1'",
        port: String(port),
        unix_socket_directories: `'${dir}'`,
        max_connections: '200',
        fsync: 'on',
        ...settings,
      };
      writeFileSync(path.join(data, 'postgresql.auto.conf'), Object.entries(conf).map(([k, v]) => `${k} = ${v}`).join('\n') + '\n');
      const logged = existsSync(log) ? statSync(log).size : 0;
      try {
        await ctl('start', '-D', data, '-l', log, '-w', '-t', '60');
        break;
      } catch (err) {
        const taken = existsSync(log) && readFileSync(log).subarray(logged).toString().includes('Address already in use');
        if (!taken || attempt === PORT_ATTEMPTS) throw err;
      }
    }
    throwIfAborted(signal);
    const admin = new pg.Client({ connectionString: `postgres://kefu:kefu@127.0.0.1:${port}/postgres` });
    await admin.connect();
    await admin.query('CREATE DATABASE kefu');
    await admin.end();
    throwIfAborted(signal);
  } catch (err) {
    const tail = existsSync(log) ? readFileSync(log, 'utf8').slice(-2000) : '';
    forget();
    reap();
    throw signal?.aborted ? err : new Error(`${(err as Error).message}\n${tail}`);
  }
  return {
    url: `postgres://kefu:kefu@127.0.0.1:${port}/kefu`,
    port,
    pid: () => Number(readFileSync(path.join(data, 'postmaster.pid'), 'utf8').split('\n')[0]),
    restart: () => ctl('restart', '-D', data, '-l', log, '-m', 'fast', '-w', '-t', '60'),
    shutdown: () => ctl('stop', '-D', data, '-m', 'fast', '-w', '-t', '60'),
    start: () => ctl('start', '-D', data, '-l', log, '-w', '-t', '60'),
    async stop() {
      forget();
      try {
        await ctl('stop', '-D', data, '-m', 'immediate', '-w', '-t', '30');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
