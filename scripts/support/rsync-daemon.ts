/**
 * A real rsync daemon on loopback (for the sync tests and `npm run bench`), serving a folder as the module `parldata` the way
 * data.theyworkforyou.com serves TheyWorkForYou's: `rsync --daemon --no-detach --config FILE
 * --port PORT --address 127.0.0.1`, on a port the OS found free. `kill` ends it (and the child
 * serving a transfer) with SIGKILL, as a network failure would.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface RsyncDaemon {
  url: string;
  port: number;
  kill(): Promise<void>;
}

export async function startRsyncDaemon(folder: string, port?: number): Promise<RsyncDaemon> {
  const chosen = port ?? (await freePort());
  const configDir = mkdtempSync(path.join(os.tmpdir(), 'rsyncd-'));
  const config = path.join(configDir, 'rsyncd.conf');
  // As root the daemon would drop to `nobody`, who cannot read a test's private temporary folder.
  const user = process.getuid?.() === 0 ? 'uid = root\ngid = root\n' : '';
  writeFileSync(config, `use chroot = no\n${user}log file = ${path.join(configDir, 'rsyncd.log')}\n[parldata]\n  path = ${folder}\n  read only = yes\n`);
  const child = spawn('rsync', ['--daemon', '--no-detach', '--config', config, '--port', String(chosen), '--address', '127.0.0.1'], {
    stdio: 'ignore',
    detached: true,
  });
  await waitForPort(chosen, child);
  return {
    url: `rsync://127.0.0.1:${chosen}/parldata`,
    port: chosen,
    kill: () => killGroup(child),
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port: number, child: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    if (child.exitCode !== null) throw new Error(`the rsync daemon exited (code ${child.exitCode})`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`the rsync daemon did not listen on port ${port}`);
}

/** The daemon forks a child per connection: the whole process group goes. */
async function killGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    process.kill(-child.pid!, 'SIGKILL');
  } catch {
    child.kill('SIGKILL');
  }
  await exited;
}
