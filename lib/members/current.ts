/**
 * Which register ingest resolves speakers against: the one the last `npm run sync` wrote
 * (`DATA_DIR/members/register.json`, converted from parlparse's current people.json), else the
 * bundled 2015 copy, which stays the offline fallback. Parsing a single file (`npm run parse`)
 * and the unit tests keep the bundled copy, so their output does not depend on a data folder.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { getEnv } from '../env';
import { buildMemberIndex, createMemberLookup, type MemberLookup } from './lookup';
import { DEFAULT_REGISTER_PATH, getDefaultRegister, loadRegister } from './load';
import type { Register } from './register-schema';
import { createSpeakerResolver, type SpeakerResolver } from './resolve';

export interface CurrentRegister {
  path: string;
  register: Register;
  lookup: MemberLookup;
  resolver: SpeakerResolver;
}

/** Where a sync keeps the register it converted. */
export function syncedRegisterPath(dataDir = getEnv().DATA_DIR): string {
  return path.resolve(dataDir, 'members', 'register.json');
}

/** `synced`: where a sync writes its register (default: under DATA_DIR). */
export function loadCurrentRegister(synced: string = syncedRegisterPath()): CurrentRegister {
  const file = existsSync(synced) ? synced : DEFAULT_REGISTER_PATH;
  const register = file === DEFAULT_REGISTER_PATH ? getDefaultRegister() : loadRegister(file);
  return { path: file, register, lookup: createMemberLookup(buildMemberIndex(register, file)), resolver: createSpeakerResolver(register) };
}
