/**
 * Reads a member register file into an in-memory index. The path is a parameter, so a newer
 * register of the same shape replaces the bundled one without code changes; the bundled copy
 * (lib/members/data/register.json) is the default. The zod check at this boundary turns a wrong
 * file into one line naming it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildMemberIndex, createMemberLookup, type MemberIndex, type MemberLookup } from './lookup';
import { registerSchema, type Register } from './register-schema';
import { createSpeakerResolver, type SpeakerResolver } from './resolve';

export const DEFAULT_REGISTER_PATH = fileURLToPath(new URL('./data/register.json', import.meta.url));

/** Expected failure: the register file is missing, not JSON, or not a register. */
export class MemberRegisterError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MemberRegisterError';
  }
}

/** Validates parsed JSON as a register. */
export function checkRegisterJson(json: unknown, source: string): Register {
  const result = registerSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new MemberRegisterError(`${source}: not a member register (${issue.path.join('.') || 'top level'}: ${issue.message})`);
  }
  return result.data;
}

/** Validates parsed JSON as a register and indexes it. Pure apart from the error message. */
export function indexRegisterJson(json: unknown, source: string): MemberIndex {
  return buildMemberIndex(checkRegisterJson(json, source), source);
}

/** Reads, validates and indexes a register file. */
export function loadMemberIndex(path: string = DEFAULT_REGISTER_PATH): MemberIndex {
  return buildMemberIndex(loadRegister(path), path);
}

/** Reads and validates a register file (the bundled one by default). */
export function loadRegister(path: string = DEFAULT_REGISTER_PATH): Register {
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
  return checkRegisterJson(json, path);
}

// The bundled register is read once per process, however many files an ingest parses and stores.
let defaultRegister: Register | null = null;
let defaultLookup: MemberLookup | null = null;
let defaultResolver: SpeakerResolver | null = null;

export function getDefaultRegister(): Register {
  defaultRegister ??= loadRegister();
  return defaultRegister;
}

/** The bundled register as a lookup, loaded on first use and kept for the process. */
export function getDefaultMemberLookup(): MemberLookup {
  defaultLookup ??= createMemberLookup(buildMemberIndex(getDefaultRegister(), DEFAULT_REGISTER_PATH));
  return defaultLookup;
}

/** The bundled register as a speaker resolver (lib/members/resolve.ts), built once per process. */
export function getDefaultSpeakerResolver(): SpeakerResolver {
  defaultResolver ??= createSpeakerResolver(getDefaultRegister());
  return defaultResolver;
}
