/**
 * Tokens of alert links and the hashes alerts store: 256 random bits, base64url in the link, only
 * an HMAC of it stored, so a copy of the database cannot confirm, manage or unsubscribe anyone.
 * Rate-limit counts store HMACs of the email and client addresses, which a plain hash would not
 * hide (every IPv4 address, and most addresses people use, can be hashed and compared).
 *
 * The key is ALERTS_SECRET, or a random one written to DATA_DIR/alerts-secret (mode 0600) on first
 * use, which every process of the installation then reads. Tokens made before the key existed were
 * stored as plain sha256; they keep working (lib/db/alerts.ts looks up both forms for them).
 */
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { TokenHashes } from '../db/store';
import { getEnv } from '../env';

export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
export const SECRET_FILE = 'alerts-secret';

/**
 * The key in `dir`/alerts-secret, made if missing. Written under another name and linked into
 * place, so two processes starting at once agree on one key and nobody reads half of one.
 */
export function loadOrCreateSecret(dir: string): string {
  const file = path.join(dir, SECRET_FILE);
  try {
    return readSecretFile(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  mkdirSync(dir, { recursive: true });
  const draft = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(draft, `${randomBytes(32).toString('base64url')}\n`, { mode: 0o600 });
  try {
    linkSync(draft, file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e; // another process made it first: theirs counts
  } finally {
    unlinkSync(draft);
  }
  return readSecretFile(file);
}

function readSecretFile(file: string): string {
  const secret = readFileSync(file, 'utf8').trim();
  if (secret.length < 32) throw new Error(`${file} holds no usable key (fewer than 32 characters): delete it to make a new one, or set ALERTS_SECRET`);
  return secret;
}

let secret: string | undefined;

function alertsSecret(): string {
  if (secret) return secret;
  const env = getEnv();
  secret = env.ALERTS_SECRET ?? loadOrCreateSecret(env.DATA_DIR);
  return secret;
}

/** HMAC-SHA256 under the installation's key, hex. `value` carries its own prefix where kinds could collide ("email:…"). */
export function keyedHash(value: string): string {
  return createHmac('sha256', alertsSecret()).update(value).digest('hex');
}

export function newToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: keyedHash(token) };
}

/** The hashes a token from a link may be stored under, or null when it is not shaped like one of ours. */
export function hashTokenParam(token: string | null | undefined): TokenHashes | null {
  if (!token || !TOKEN_PATTERN.test(token)) return null;
  return { keyed: keyedHash(token), legacy: createHash('sha256').update(token).digest('hex') };
}
