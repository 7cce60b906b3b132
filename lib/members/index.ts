/** Member register: load a register file once, then look speakers up by reference and date, or resolve printed speakers. */
export { loadMemberIndex, loadRegister, indexRegisterJson, checkRegisterJson, getDefaultRegister, getDefaultMemberLookup, getDefaultSpeakerResolver, DEFAULT_REGISTER_PATH, MemberRegisterError } from './load';
export { buildMemberIndex, lookupMember, createMemberLookup, membershipOn } from './lookup';
export type { MemberIndex, MemberLookup, MemberRecord, MemberHouse } from './lookup';
export { createSpeakerResolver, nameOf } from './resolve';
export type { SpeakerResolver, SpeakerResolution, SpeakerToResolve, ResolutionStatus, ResolutionMethod } from './resolve';
export { officesHeldOn, isGovernmentOffice, OFFICES_KNOWN_UNTIL } from './offices';
export type { HeldOffice } from './offices';
export { toPartyName } from './parties';
export type { Register, RegisterPerson, RegisterMembership, RegisterOffice, RegisterNameForm } from './register-schema';
