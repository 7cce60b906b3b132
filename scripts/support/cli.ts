/**
 * Shared by the command-line scripts: one-line errors instead of stack traces, and a progress
 * line that redraws itself on a terminal and stays quiet elsewhere.
 */
export function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

// biome-ignore lint/suspicious/noConfusingVoidType: a command's main may end without returning an exit code
export async function runCommand(name: string, main: () => Promise<number | void>): Promise<void> {
  try {
    const code = await main();
    process.exit(code ?? 0);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    console.error(`${name}: ${message.split('\n')[0]}`);
    if (process.env.DEBUG) console.error(e);
    process.exit(1);
  }
}

/** `unit: 'bytes'` counts bytes (sizes and rate in kB/MB); the default counts files. */
export function createProgress(stream: NodeJS.WriteStream = process.stderr, unit: 'files' | 'bytes' = 'files') {
  const tty = Boolean(stream.isTTY);
  const started = Date.now();
  let lastDraw = 0;
  return {
    update(done: number, total: number, detail = '') {
      if (!tty) return;
      const now = Date.now();
      if (now - lastDraw < 100 && done < total) return;
      lastDraw = now;
      const seconds = (now - started) / 1000;
      const rate = done / Math.max(seconds, 0.001);
      const eta = rate > 0 ? (total - done) / rate : 0;
      const width = 24;
      const filled = total ? Math.round((done / total) * width) : width;
      const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
      const counts = unit === 'bytes' ? `${formatBytes(done)}/${formatBytes(total)} · ${formatBytes(rate)}/s` : `${done}/${total} files · ${rate.toFixed(1)}/s`;
      const line = `${bar} ${counts} · ETA ${formatSeconds(eta)} ${detail}`;
      stream.write(`\r\x1b[2K${line.slice(0, (stream.columns ?? 120) - 1)}`);
    },
    done() {
      if (tty) stream.write('\r\x1b[2K');
    },
  };
}

export function formatSeconds(s: number): string {
  if (!Number.isFinite(s)) return '?';
  if (s < 60) return `${Math.round(s)}s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m}m${String(Math.round(s % 60)).padStart(2, '0')}s` : `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}

export function formatBytes(n: number): string {
  if (n < 1000) return `${Math.round(n)} B`;
  if (n < 1e6) return `${(n / 1e3).toFixed(1)} kB`;
  if (n < 1e9) return `${(n / 1e6).toFixed(1)} MB`;
  return `${(n / 1e9).toFixed(2)} GB`;
}
