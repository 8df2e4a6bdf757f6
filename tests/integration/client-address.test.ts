// Tried as someone who wants to send the referral form more often than its
// limit allows would: over a real socket, to a server process started the
// way `npm start` starts one, with a forged X-Forwarded-For (and a forged
// copy of the server's own peer header) on every request.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
let child: ChildProcess | undefined;

async function startEchoServer(env: Record<string, string>): Promise<string> {
  child = spawn(process.execPath, ['--import', 'tsx', '--import', './scripts/peer-address.mjs', 'tests/support/address-echo-server.ts'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: 'postgresql://u:p@127.0.0.1:1/none', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return await new Promise((resolve, reject) => {
    let out = '';
    child!.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening (\d+)/.exec(out);
      if (m) resolve(`http://127.0.0.1:${m[1]}/`);
    });
    child!.once('exit', (code) => reject(new Error(`echo server exited (${code})`)));
  });
}

afterEach(() => {
  child?.kill('SIGTERM');
  child = undefined;
});

async function ask(url: string, headers: Record<string, string>) {
  return (await (await fetch(url, { headers })).json()) as { address: string; limitKey: string };
}

describe('a limit cannot be dodged by rewriting forwarding headers', () => {
  it('with no proxy trusted, twenty forged addresses are all counted as the one connection', async () => {
    const url = await startEchoServer({ TRUSTED_PROXIES: '' });
    const keys = new Set<string>();
    for (let i = 0; i < 20; i++) {
      const r = await ask(url, { 'x-forwarded-for': `203.0.113.${i}`, 'x-real-ip': `192.0.2.${i}`, 'x-selfhelp-peer': `198.51.100.${i}` });
      keys.add(r.limitKey);
    }
    expect([...keys]).toEqual(['127.0.0.1']);
  });

  it('when the operator names this machine as the proxy, the address it forwards is used', async () => {
    const url = await startEchoServer({ TRUSTED_PROXIES: '127.0.0.1' });
    expect(await ask(url, { 'x-forwarded-for': '6.6.6.6, 198.51.100.7' })).toEqual({ address: '198.51.100.7', limitKey: '198.51.100.7' });
  });
});
