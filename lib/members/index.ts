/** Member register: load a register file, index it once, and resolve printed speakers with the one rule (resolve.ts). */
export {
  loadRegister,
  loadRegisterIndex,
  checkRegisterJson,
  getDefaultRegister,
  getDefaultRegisterIndex,
  DEFAULT_REGISTER_PATH,
  MemberRegisterError,
} from './load';
export { buildRegisterIndex, findMembership } from './register-index';
export type { RegisterIndex } from './register-index';
export { resolveSpeaker, resolveRecordSpeakers } from './resolve';
export { resolveDivisionVoters, voterResolutionRate } from './resolve-voters';
export type { VoterResolution } from './resolve-voters';
export type { SpeakerResolution, SpeakerToResolve, ResolutionStatus, ResolutionMethod } from './resolve';
export { officesHeldOn, isGovernmentOffice } from './offices';
export type { HeldOffice } from './offices';
export type { Register, RegisterPerson, RegisterMembership, RegisterOffice, RegisterNameForm } from './register-schema';
export { HOUSE_OF_MEMBERSHIP, MEMBERSHIP_OF_HOUSE, MEMBERSHIP_HOUSES } from './houses';
export type { House, MembershipHouse } from './houses';
