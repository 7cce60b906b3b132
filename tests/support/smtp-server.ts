/**
 * A real SMTP server on loopback (the smtp-server package) for the alert tests: it speaks SMTP with
 * optional AUTH and without STARTTLS (there is no certificate here), keeps every accepted message parsed (mailparser) and, when given a folder, writes each one
 * there too (the end-to-end tests read them from another process). `hold` keeps a message's DATA
 * unanswered — never accepted — to catch a sender killed mid-send.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  raw: string;
  parsed: ParsedMail;
  to: string[];
}

export interface TestSmtpServer {
  /** smtp://127.0.0.1:PORT: no credentials, so no STARTTLS is required of this server that offers none. */
  url: string;
  /** smtp://user:pass@127.0.0.1:PORT: with credentials, which our mailer refuses to send without STARTTLS. */
  authUrl: string;
  port: number;
  received: ReceivedMail[];
  /** Resolves when `count` messages have been accepted in all. */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  /** A message whose DATA has arrived but is held (not answered). */
  waitForHeld(timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

export async function startTestSmtpServer(
  options: { port?: number; dir?: string; hold?: (raw: string, index: number) => boolean } = {},
): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  const waiters: Array<() => void> = [];
  let heldSignal: (() => void) | null = null;
  let held = false;
  let dataCount = 0;
  const server = new SMTPServer({
    secure: false,
    disabledCommands: ['STARTTLS'], // no certificate here; nodemailer uses STARTTLS when a server offers it
    allowInsecureAuth: true,
    authOptional: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === 'alerts' && auth.password === 'secret') callback(null, { user: auth.username });
      else callback(new Error('Invalid username or password'));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', async () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const index = dataCount++;
        if (options.hold?.(raw, index)) {
          held = true;
          heldSignal?.();
          return; // never answered: the client waits until it dies
        }
        const mail = { raw, parsed: await simpleParser(raw), to: session.envelope.rcptTo.map((r) => r.address) };
        received.push(mail);
        if (options.dir) {
          mkdirSync(options.dir, { recursive: true });
          writeFileSync(path.join(options.dir, `${String(received.length).padStart(4, '0')}.eml`), raw);
        }
        callback();
        waiters.splice(0).forEach((w) => w());
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  server.on('error', () => {}); // a client that dies mid-message is not the test's failure
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    authUrl: `smtp://alerts:secret@127.0.0.1:${port}`,
    port,
    received,
    async waitFor(count, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count) {
        if (Date.now() > deadline) throw new Error(`SMTP server: ${received.length} of ${count} messages after ${timeoutMs} ms`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 200);
        });
      }
      return received.slice(0, count);
    },
    async waitForHeld(timeoutMs = 20_000) {
      if (held) return;
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('SMTP server: no message was held')), timeoutMs);
        heldSignal = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The links of a message's plain text. */
export function linksOf(mail: ReceivedMail): string[] {
  return [...(mail.parsed.text ?? '').matchAll(/https?:\/\/\S+/g)].map((m) => m[0]);
}

/** A header's value as sent (unfolded), by name: mailparser reshapes some (List-*), tests check the wire. */
export function headerOf(mail: ReceivedMail, name: string): string | undefined {
  const line = mail.parsed.headerLines.find((h) => h.key === name.toLowerCase())?.line;
  return line
    ?.replace(/\r?\n[ \t]+/g, ' ')
    .slice(name.length + 1)
    .trim();
}
