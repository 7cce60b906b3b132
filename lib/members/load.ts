/**
 * Reads a member register file and indexes it (register-index.ts). The path is a parameter, so a newer
 * register of the same shape replaces the bundled one without code changes; the bundled copy
 * (lib/members/data/register.json) is the default. The zod check at this boundary turns a wrong
 * file into one line naming it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildRegisterIndex, type RegisterIndex } from './register-index';
import { registerSchema, type Register } from './register-schema';

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

/** Reads, validates and indexes a register file. */
export function loadRegisterIndex(path: string = DEFAULT_REGISTER_PATH): RegisterIndex {
  return buildRegisterIndex(loadRegister(path), path);
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

// The bundled register is read and indexed once per process, however many files an ingest parses.
let defaultRegister: Register | null = null;
let defaultIndex: RegisterIndex | null = null;

export function getDefaultRegister(): Register {
  defaultRegister ??= loadRegister();
  return defaultRegister;
}

/** The bundled register's index, built on first use and kept for the process. */
export function getDefaultRegisterIndex(): RegisterIndex {
  defaultIndex ??= buildRegisterIndex(getDefaultRegister(), DEFAULT_REGISTER_PATH);
  return defaultIndex;
}
