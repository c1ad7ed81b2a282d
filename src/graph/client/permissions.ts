/**
 * The least-privileged delegated permission each Graph operation CX Cadence uses needs, so a 401 or
 * 403 can tell the user exactly what to ask their admin for. Each entry was checked against the
 * operation's page in Microsoft's Graph v1.0 API reference ("Least privileged permissions",
 * delegated, work or school account).
 */

/** A Graph operation family and the one permission it needs at least. */
export interface GraphPermissionRule {
  /** Short id for logs and tests, e.g. `calendar.write`. */
  readonly family: string;
  /** What CX Cadence was doing, worded for the user: "create or update meetings in your calendar". */
  readonly action: string;
  /** HTTP methods the rule covers. */
  readonly methods: readonly string[];
  /** Matched against the path after the version segment, without the query, in lower case. */
  readonly path: RegExp;
  /** The least-privileged delegated permission, e.g. `Calendars.ReadWrite`. */
  readonly permission: string;
}

const READ = ['GET'];
const WRITE = ['POST', 'PATCH', 'PUT', 'DELETE'];
/** `/me/…` or `/users/{id or upn}/…` */
const USER = String.raw`(?:/me|/users/[^/]+)`;

const rule = (
  family: string,
  action: string,
  methods: readonly string[],
  path: string,
  permission: string,
): GraphPermissionRule => ({ family, action, methods, path: new RegExp(`^${path}$`), permission });

/** First match wins, so the narrower operations come before their families. */
export const GRAPH_PERMISSION_RULES: readonly GraphPermissionRule[] = [
  rule(
    'calendar.freeBusy',
    "read your team's free/busy times",
    ['POST'],
    `${USER}/calendar/getschedule`,
    'Calendars.ReadBasic',
  ),
  rule(
    'calendar.instances',
    'read the occurrences of the meeting series',
    READ,
    `${USER}(?:/calendar)?/events/[^/]+/instances`,
    'Calendars.ReadBasic',
  ),
  rule(
    'calendar.write',
    'create or update meetings in your calendar',
    WRITE,
    `${USER}(?:/calendar)?/events(?:/.*)?`,
    'Calendars.ReadWrite',
  ),
  rule(
    'calendar.read',
    'read meetings in your calendar',
    READ,
    `${USER}(?:/calendar)?/(?:events|calendarview)(?:/.*)?`,
    'Calendars.ReadBasic',
  ),
  rule(
    'mailboxSettings.read',
    "read your team's time zones, working hours and automatic replies",
    READ,
    `${USER}/mailboxsettings(?:/.*)?`,
    'MailboxSettings.Read',
  ),
  rule('mail.send', 'send the meeting summary by email', ['POST'], `${USER}/sendmail`, 'Mail.Send'),
  rule(
    'teams.joined',
    'list the teams you belong to',
    READ,
    `${USER}/joinedteams`,
    'Team.ReadBasic.All',
  ),
  rule(
    'group.members',
    "read your team's members",
    READ,
    '/groups/[^/]+/(?:members|transitivemembers)(?:/.*)?',
    'GroupMember.Read.All',
  ),
  rule(
    'onlineMeetings.read',
    "find the meeting's Teams chat",
    READ,
    `${USER}/onlinemeetings(?:/.*)?`,
    'OnlineMeetings.Read',
  ),
  rule(
    'chat.installApp',
    'add CX Cadence to the meeting chat',
    ['POST'],
    '/chats/[^/]+/installedapps',
    'TeamsAppInstallation.ReadWriteSelfForChat',
  ),
  rule(
    'chat.addTab',
    'add the CX Cadence side panel to the meeting',
    ['POST'],
    '/chats/[^/]+/tabs',
    'TeamsTab.Create',
  ),
  rule(
    'chat.sendMessage',
    'post the meeting summary to the meeting chat',
    ['POST'],
    '/chats/[^/]+/messages',
    'ChatMessage.Send',
  ),
  rule(
    'sites.manageLists',
    "create the CX records lists in your team's SharePoint site",
    ['POST', 'PATCH'],
    '(?:/groups/[^/]+)?/sites/[^/]+/lists(?:/[^/]+/columns(?:/[^/]+)?)?',
    'Sites.Manage.All',
  ),
  rule(
    'sites.writeItems',
    "save CX records in your team's SharePoint site",
    WRITE,
    '(?:/groups/[^/]+)?/sites/[^/]+/lists/[^/]+/items(?:/.*)?',
    'Sites.ReadWrite.All',
  ),
  rule(
    'sites.read',
    "read CX records in your team's SharePoint site",
    READ,
    '(?:/groups/[^/]+)?/sites(?:/.*)?',
    'Sites.Read.All',
  ),
  rule(
    'planner.write',
    "create or update action items in your team's plan",
    WRITE,
    '/planner/.*',
    'Tasks.ReadWrite',
  ),
  rule(
    'planner.read',
    "read action items in your team's plan",
    READ,
    '(?:/planner/.*|/groups/[^/]+/planner(?:/.*)?)',
    'Tasks.Read',
  ),
  rule('me.read', 'read your profile', READ, '/me', 'User.Read'),
  rule(
    'users.read',
    "read your colleagues' basic profiles",
    READ,
    '/users(?:/[^/]+)?',
    'User.ReadBasic.All',
  ),
];

/**
 * The rule for a request, or `undefined` when CX Cadence has no entry for it.
 * `path` is the part after the version segment (`/me/events?$top=5`); absolute URLs are accepted.
 *
 * @example requiredPermission('POST', '/me/calendar/getSchedule')?.permission === 'Calendars.ReadBasic'
 */
export function requiredPermission(method: string, path: string): GraphPermissionRule | undefined {
  const normalised = graphPathOf(path);
  const verb = method.toUpperCase();
  return GRAPH_PERMISSION_RULES.find(
    (candidate) => candidate.methods.includes(verb) && candidate.path.test(normalised),
  );
}

/** `https://graph.microsoft.com/v1.0/Me/Events?$top=5` → `/me/events` */
function graphPathOf(pathOrUrl: string): string {
  const withoutOrigin = pathOrUrl.replace(/^https?:\/\/[^/]+\/[^/]+/i, '');
  const path = withoutOrigin.split('?')[0] ?? '';
  const slashed = path.startsWith('/') ? path : `/${path}`;
  return slashed.replace(/\/+$/, '').toLowerCase() || '/';
}
