/**
 * Which register a command resolves speakers against, chosen once when it starts and passed
 * explicitly from there: the one the last `npm run sync` wrote (`DATA_DIR/members/register.json`,
 * converted from parlparse's current people.json), else the bundled 2015 copy, which stays the
 * offline fallback. Ingest, both syncs and start choose this way; parsing a single file (`npm run
 * parse`) and the unit tests take the bundled copy, so their output does not depend on a data folder.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { getEnv } from '../env';
import { DEFAULT_REGISTER_PATH, getDefaultRegister, getDefaultRegisterIndex, loadRegister } from './load';
import { buildRegisterIndex, type RegisterIndex } from './register-index';
import type { Register } from './register-schema';

export interface CurrentRegister {
  path: string;
  register: Register;
  index: RegisterIndex;
}

/** Where a sync keeps the register it converted. */
export function syncedRegisterPath(dataDir = getEnv().DATA_DIR): string {
  return path.resolve(dataDir, 'members', 'register.json');
}

/** `synced`: where a sync writes its register (default: under DATA_DIR). */
export function loadCurrentRegister(synced: string = syncedRegisterPath()): CurrentRegister {
  if (!existsSync(synced)) return { path: DEFAULT_REGISTER_PATH, register: getDefaultRegister(), index: getDefaultRegisterIndex() };
  const register = loadRegister(synced);
  return { path: synced, register, index: buildRegisterIndex(register, synced) };
}
