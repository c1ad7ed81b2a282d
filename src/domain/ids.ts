/**
 * Branded ids: a `MemberId` cannot be passed where a `DecisionId` is expected, although both are
 * strings at run time. Ids are always made outside the domain (by Graph, or by a caller-supplied id
 * generator) and passed in, so every domain result is reproducible.
 */
declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

/** A person on the CX team: their Entra ID (Azure AD) user id. */
export type MemberId = Brand<string, 'MemberId'>;
export type RoleId = Brand<string, 'RoleId'>;
export type DecisionCategoryId = Brand<string, 'DecisionCategoryId'>;
export type CadenceId = Brand<string, 'CadenceId'>;
/** One occurrence of a cadence, keyed by its original start (ISO date-time, UTC). */
export type OccurrenceId = Brand<string, 'OccurrenceId'>;
export type MeetingId = Brand<string, 'MeetingId'>;
export type DecisionId = Brand<string, 'DecisionId'>;
export type ActionItemId = Brand<string, 'ActionItemId'>;
export type MissionMomentId = Brand<string, 'MissionMomentId'>;
export type AgendaItemId = Brand<string, 'AgendaItemId'>;

export const memberId = (value: string): MemberId => value as MemberId;
export const roleId = (value: string): RoleId => value as RoleId;
export const decisionCategoryId = (value: string): DecisionCategoryId =>
  value as DecisionCategoryId;
export const cadenceId = (value: string): CadenceId => value as CadenceId;
export const occurrenceId = (value: string): OccurrenceId => value as OccurrenceId;
export const meetingId = (value: string): MeetingId => value as MeetingId;
export const decisionId = (value: string): DecisionId => value as DecisionId;
export const actionItemId = (value: string): ActionItemId => value as ActionItemId;
export const missionMomentId = (value: string): MissionMomentId => value as MissionMomentId;
export const agendaItemId = (value: string): AgendaItemId => value as AgendaItemId;

/** Makes fresh ids; the caller supplies it (UUIDs in the app, a counter in tests). */
export type IdGenerator = () => string;
