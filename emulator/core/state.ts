/**
 * The emulator's whole state: a JSON document persisted to the data file. Resources are stored in
 * Graph's own JSON shape (what GET returns, less computed properties) plus the few private fields
 * the emulator needs (owner, change key, membership). Each Graph area owns its section.
 */

/** A JSON object as Graph sends and receives it. */
export type GraphJson = Record<string, unknown>;

export const STATE_FORMAT_VERSION = 1;

export interface EmulatorState {
  readonly formatVersion: number;
  /** Signs bearer tokens: tokens stay valid across a restart with the same data file. */
  tokenSecret: string;
  tenant: TenantInfo;
  users: Record<string, StoredUser>;
  groups: Record<string, StoredGroup>;
  /** Every calendar item of every mailbox, keyed by event id. */
  events: Record<string, StoredEvent>;
  /** Mail items of every mailbox, keyed by message id. */
  messages: Record<string, StoredMessage>;
  onlineMeetings: Record<string, StoredOnlineMeeting>;
  chats: Record<string, StoredChat>;
  /** The organisation's Teams app catalog, keyed by teamsApp id. */
  teamsApps: Record<string, GraphJson>;
  sites: Record<string, StoredSite>;
  planner: PlannerState;
}

export interface TenantInfo {
  id: string;
  displayName: string;
  /** The verified domain user principal names end with, e.g. `contoso.example`. */
  domain: string;
}

export interface StoredUser {
  /** Graph `user` JSON: id, displayName, userPrincipalName, mail, department, jobTitle, ... */
  user: GraphJson;
  /** Graph `mailboxSettings` JSON: timeZone, workingHours, automaticRepliesSetting, ... */
  mailboxSettings: GraphJson;
}

export interface StoredGroup {
  /** Graph `group` JSON. */
  group: GraphJson;
  memberIds: string[];
  ownerIds: string[];
  /** Graph `team` JSON when the group is team-enabled. */
  team?: GraphJson;
  /** The group's root SharePoint site. */
  siteId?: string;
}

export interface StoredEvent {
  /** The mailbox (user id) this copy of the event lives in. */
  ownerId: string;
  /**
   * Graph `event` JSON as stored: `start`/`end` in the zone they were given in, `type`
   * (singleInstance | seriesMaster | occurrence | exception), `seriesMasterId`, `iCalUId`,
   * `changeKey`, `transactionId`, attendees, body, recurrence, onlineMeeting ...
   */
  event: GraphJson;
  /**
   * UTC milliseconds of the event's own start and end (for a series master: its first meeting's,
   * so `endUtcMs - startUtcMs` is a meeting's length; the series is expanded from `recurrence`).
   */
  startUtcMs: number;
  endUtcMs: number;
}

export interface StoredMessage {
  ownerId: string;
  /** Well-known folder name: `inbox` or `sentitems`. */
  folder: 'inbox' | 'sentitems';
  message: GraphJson;
}

export interface StoredOnlineMeeting {
  organizerId: string;
  /** Graph `onlineMeeting` JSON: joinWebUrl, chatInfo.threadId, participants, subject, ... */
  meeting: GraphJson;
}

export interface StoredChat {
  /** Graph `chat` JSON: id, topic, chatType (meeting | group | oneOnOne), onlineMeetingInfo ... */
  chat: GraphJson;
  memberIds: string[];
  messages: GraphJson[];
  installedApps: GraphJson[];
  tabs: GraphJson[];
}

export interface StoredSite {
  site: GraphJson;
  groupId: string;
  lists: Record<string, StoredList>;
}

export interface StoredList {
  /** Graph `list` JSON including `columns` definitions. */
  list: GraphJson;
  items: Record<string, StoredListItem>;
  /** Next numeric list item id: SharePoint list item ids are increasing integers. */
  nextItemId: number;
}

export interface StoredListItem {
  /** Graph `listItem` JSON without `fields`. */
  item: GraphJson;
  fields: GraphJson;
}

export interface PlannerState {
  plans: Record<string, GraphJson>;
  buckets: Record<string, GraphJson>;
  tasks: Record<string, GraphJson>;
  /** Graph `plannerTaskDetails` per task id. */
  taskDetails: Record<string, GraphJson>;
}

export function emptyState(options: { tokenSecret: string; tenant: TenantInfo }): EmulatorState {
  return {
    formatVersion: STATE_FORMAT_VERSION,
    tokenSecret: options.tokenSecret,
    tenant: options.tenant,
    users: {},
    groups: {},
    events: {},
    messages: {},
    onlineMeetings: {},
    chats: {},
    teamsApps: {},
    sites: {},
    planner: { plans: {}, buckets: {}, tasks: {}, taskDetails: {} },
  };
}
