/**
 * Reads a member register file into an in-memory index. The path is a parameter, so a newer
 * register of the same shape replaces the bundled one without code changes; the bundled copy
 * (lib/members/data/register.json) is the default. The zod check at this boundary turns a wrong
 * file into one line naming it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildMemberIndex, createMemberLookup, type MemberIndex, type MemberLookup } from './lookup';
import { registerSchema } from './register-schema';

export const DEFAULT_REGISTER_PATH = fileURLToPath(new URL('./data/register.json', import.meta.url));

/** Expected failure: the register file is missing, not JSON, or not a register. */
export class MemberRegisterError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MemberRegisterError';
  }
}

/** Validates parsed JSON as a register and indexes it. Pure apart from the error message. */
export function indexRegisterJson(json: unknown, source: string): MemberIndex {
  const result = registerSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new MemberRegisterError(`${source}: not a member register (${issue.path.join('.') || 'top level'}: ${issue.message})`);
  }
  return buildMemberIndex(result.data, source);
}

/** Reads, validates and indexes a register file. */
export function loadMemberIndex(path: string = DEFAULT_REGISTER_PATH): MemberIndex {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new MemberRegisterError(`${path}: cannot read the member register (${(cause as NodeJS.ErrnoException).code ?? 'error'})`, { cause });
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (cause) {
    throw new MemberRegisterError(`${path}: the member register is not valid JSON`, { cause });
  }
  return indexRegisterJson(json, path);
}

let defaultLookup: MemberLookup | null = null;

/** The bundled register as a lookup, loaded on first use and kept for the process. */
export function getDefaultMemberLookup(): MemberLookup {
  defaultLookup ??= createMemberLookup(loadMemberIndex());
  return defaultLookup;
}
