/** Member register: load a register file once, then look speakers up by reference and date. */
export { loadMemberIndex, indexRegisterJson, getDefaultMemberLookup, DEFAULT_REGISTER_PATH, MemberRegisterError } from './load';
export { buildMemberIndex, lookupMember, createMemberLookup, membershipOn } from './lookup';
export type { MemberIndex, MemberLookup, MemberRecord, MemberHouse } from './lookup';
export { toPartyName } from './parties';
export type { Register, RegisterPerson, RegisterMembership } from './register-schema';
