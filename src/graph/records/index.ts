/**
 * CX Cadence's records in the tenant: SharePoint lists in the CX team's site, provisioned from one
 * schema, read and written as domain types with optimistic concurrency.
 */
export * from './listSchemas';
export * from './errors';
export { provisionRecordLists } from './provisionLists';
export type { ColumnChange, ProvisionRecordListsOptions, ProvisionReport } from './provisionLists';
export { resolveRecordsSiteId } from './recordsSite';
export type { RecordsContext, RecordsLocation } from './recordsSite';
export { KEYS_PER_LOOKUP, createRecordStore } from './recordStore';
export type { RecordQueryOptions, RecordQueryResult, RecordStore } from './recordStore';
export type { FieldValue, GraphListItem, RecordMapper } from './listItemMapping';
export { createCharterRepository } from './charterRepository';
export type { CharterRepository } from './charterRepository';
export { createRosterRepository } from './rosterRepository';
export type { RosterRepository, RosterSyncReport } from './rosterRepository';
export { createCadenceRepository } from './cadenceRepository';
export type { CadenceRepository } from './cadenceRepository';
export { createMeetingRepository } from './meetingRepository';
export type { MeetingRepository } from './meetingRepository';
export { createDecisionRepository } from './decisionRepository';
export type { DecisionRepository } from './decisionRepository';
export { createMissionMomentRepository } from './missionMomentRepository';
export type { MissionMomentRepository } from './missionMomentRepository';
export { createActionItemRepository } from './actionItemRepository';
export type { ActionItemRepository } from './actionItemRepository';
export { CHARTER_RECORD_KEY, charterMapper } from './mappers/charterMapper';
export { rosterMapper } from './mappers/rosterMapper';
export { cadenceMapper } from './mappers/cadenceMapper';
export { meetingMapper } from './mappers/meetingMapper';
export { decisionMapper } from './mappers/decisionMapper';
export { missionMomentMapper } from './mappers/missionMomentMapper';
export { actionItemMapper } from './mappers/actionItemMapper';
export type { CadenceRecord } from './mappers/cadenceMapper';
export { NOT_PUBLISHED } from './mappers/meetingMapper';
export type {
  MeetingEntry,
  SummaryPublication,
  SummaryPublicationState,
} from './mappers/meetingMapper';
