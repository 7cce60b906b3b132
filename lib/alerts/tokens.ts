/**
 * Tokens of alert links: 256 random bits, base64url in the link, only their sha256 stored, so a
 * copy of the database cannot be used to confirm, manage or unsubscribe anyone. Also the hashes
 * that rate limits count by (an address or a client address is never stored as such there).
 */
import { createHash, randomBytes } from 'node:crypto';

export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function hashSecret(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

export function newToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashSecret(token) };
}

/** The hash of a token from a link, or null when it is not shaped like one of ours. */
export function hashTokenParam(token: string | null | undefined): string | null {
  return token && TOKEN_PATTERN.test(token) ? hashSecret(token) : null;
}
