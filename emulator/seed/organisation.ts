import { DateTime } from 'luxon';
import { utcSeconds } from '../core/dates';
import { emptyState, type EmulatorState, type GraphJson, type StoredGroup } from '../core/state';
import { plannerEtag, plannerIdentity } from '../graph/planner';
import {
  DEMO_CX_CADENCE_APP_EXTERNAL_ID,
  DEMO_CX_CADENCE_APP_ID,
  DEMO_CX_CADENCE_APP_NAME,
  DEMO_CX_GROUP_ID,
  DEMO_CX_GROUP_MAIL_NICKNAME,
  DEMO_CX_GROUP_NAME,
  DEMO_CX_PLAN_ID,
  DEMO_CX_SITE_ID,
  DEMO_CX_TEAM_INTERNAL_ID,
  DEMO_DOMAIN,
  DEMO_SHAREPOINT_HOST,
  DEMO_TENANT_ID,
  DEMO_TENANT_NAME,
  DEMO_USER_IDS,
} from './constants';
import { buildStoredUser, DEMO_PEOPLE } from './people';

/**
 * What both seeded tenants share: the people with their mailbox settings, the CX group with its
 * team, root site and Planner plan, and the Teams app catalog. No calendar items, mail, chats,
 * lists, buckets or tasks: that is the empty tenant, and the demo adds its content on top.
 */

/** The options every seed takes. `now` anchors every date; `newId` makes every generated id. */
export interface SeedOptions {
  readonly now: Date;
  readonly newId: () => string;
  /** Signs bearer tokens (stored in the state). */
  readonly tokenSecret: string;
}

const DAYS_PEOPLE_JOINED_BEFORE_NOW = 400;
const DAYS_GROUP_CREATED_BEFORE_NOW = 120;
/** Group and plan were created at 09:00 UTC that day. */
const CREATION_HOUR_UTC = 9;

/** Owners of the CX group: the CX lead and the executive sponsor. */
const CX_GROUP_OWNER_IDS: readonly string[] = [DEMO_USER_IDS.dana, DEMO_USER_IDS.amara];
const CX_GROUP_DESCRIPTION =
  'Cross-functional CX governing team: one leader from each department, our executive sponsor and the CX lead.';

export function seedOrganisation(options: SeedOptions): EmulatorState {
  const state = emptyState({
    tokenSecret: options.tokenSecret,
    tenant: { id: DEMO_TENANT_ID, displayName: DEMO_TENANT_NAME, domain: DEMO_DOMAIN },
  });
  const peopleCreated = daysBefore(options.now, DAYS_PEOPLE_JOINED_BEFORE_NOW);
  for (const person of DEMO_PEOPLE) {
    state.users[person.id] = buildStoredUser(person, { createdUtcMs: peopleCreated.toMillis() });
  }
  // Directory timestamps are UTC to the second: `2025-11-03T09:00:00Z`.
  const groupCreated = utcSeconds(
    daysBefore(options.now, DAYS_GROUP_CREATED_BEFORE_NOW).toMillis(),
  );
  state.groups[DEMO_CX_GROUP_ID] = cxGroup(groupCreated);
  state.sites[DEMO_CX_SITE_ID] = {
    site: cxSite(groupCreated),
    groupId: DEMO_CX_GROUP_ID,
    lists: {},
  };
  state.planner.plans[DEMO_CX_PLAN_ID] = cxPlan(groupCreated);
  for (const app of teamsAppCatalog()) state.teamsApps[String(app.id)] = app;
  return state;
}

function daysBefore(now: Date, days: number): DateTime {
  return DateTime.fromJSDate(now, { zone: 'utc' })
    .startOf('day')
    .minus({ days })
    .set({ hour: CREATION_HOUR_UTC });
}

function cxGroup(createdDateTime: string): StoredGroup {
  const mail = `${DEMO_CX_GROUP_MAIL_NICKNAME}@${DEMO_DOMAIN}`;
  const memberIds = DEMO_PEOPLE.filter((person) => person.isCxMember).map((person) => person.id);
  return {
    group: {
      id: DEMO_CX_GROUP_ID,
      deletedDateTime: null,
      classification: null,
      createdDateTime,
      creationOptions: ['Team', 'ExchangeProvisioningFlags:3552'],
      description: CX_GROUP_DESCRIPTION,
      displayName: DEMO_CX_GROUP_NAME,
      expirationDateTime: null,
      groupTypes: ['Unified'],
      isAssignableToRole: null,
      mail,
      mailEnabled: true,
      mailNickname: DEMO_CX_GROUP_MAIL_NICKNAME,
      membershipRule: null,
      membershipRuleProcessingState: null,
      preferredDataLocation: null,
      preferredLanguage: null,
      proxyAddresses: [`SMTP:${mail}`],
      renewedDateTime: createdDateTime,
      resourceBehaviorOptions: [],
      resourceProvisioningOptions: ['Team'],
      securityEnabled: false,
      theme: null,
      visibility: 'Private',
    },
    memberIds,
    ownerIds: [...CX_GROUP_OWNER_IDS],
    team: cxTeam(createdDateTime),
    siteId: DEMO_CX_SITE_ID,
  };
}

/** Graph `team` JSON: a team's id is its group's id. */
function cxTeam(createdDateTime: string): GraphJson {
  return {
    id: DEMO_CX_GROUP_ID,
    createdDateTime,
    displayName: DEMO_CX_GROUP_NAME,
    description: CX_GROUP_DESCRIPTION,
    internalId: DEMO_CX_TEAM_INTERNAL_ID,
    classification: null,
    specialization: 'none',
    visibility: 'private',
    webUrl: `https://teams.microsoft.com/l/team/${encodeURIComponent(DEMO_CX_TEAM_INTERNAL_ID)}/conversations?groupId=${DEMO_CX_GROUP_ID}&tenantId=${DEMO_TENANT_ID}`,
    isArchived: false,
    tenantId: DEMO_TENANT_ID,
    isMembershipLimitedToOwners: false,
    memberSettings: {
      allowCreateUpdateChannels: true,
      allowDeleteChannels: false,
      allowAddRemoveApps: true,
      allowCreateUpdateRemoveTabs: true,
      allowCreateUpdateRemoveConnectors: true,
    },
    messagingSettings: {
      allowUserEditMessages: true,
      allowUserDeleteMessages: true,
      allowOwnerDeleteMessages: true,
      allowTeamMentions: true,
      allowChannelMentions: true,
    },
    funSettings: {
      allowGiphy: true,
      giphyContentRating: 'moderate',
      allowStickersAndMemes: true,
      allowCustomMemes: true,
    },
  };
}

/** Graph `site` JSON of the group's root site (a group site is its own site collection). */
function cxSite(createdDateTime: string): GraphJson {
  return {
    id: DEMO_CX_SITE_ID,
    createdDateTime,
    lastModifiedDateTime: createdDateTime,
    description: CX_GROUP_DESCRIPTION,
    name: DEMO_CX_GROUP_MAIL_NICKNAME,
    displayName: DEMO_CX_GROUP_NAME,
    webUrl: `https://${DEMO_SHAREPOINT_HOST}/sites/${DEMO_CX_GROUP_MAIL_NICKNAME}`,
    siteCollection: { hostname: DEMO_SHAREPOINT_HOST },
  };
}

/** Graph `plannerPlan` JSON: the plan's container is the group. */
function cxPlan(createdDateTime: string): GraphJson {
  return {
    '@odata.etag': plannerEtag('Plan', 1),
    id: DEMO_CX_PLAN_ID,
    title: DEMO_CX_GROUP_NAME,
    owner: DEMO_CX_GROUP_ID,
    createdDateTime,
    createdBy: {
      ...plannerIdentity(DEMO_USER_IDS.dana),
      application: { displayName: null, id: '09abbdfd-ed23-44ee-a2d9-a627aa1c90f3' },
    },
    container: {
      containerId: DEMO_CX_GROUP_ID,
      type: 'group',
      url: `https://graph.microsoft.com/v1.0/groups/${DEMO_CX_GROUP_ID}`,
    },
  };
}

/**
 * The organisation's Teams app catalog: CX Cadence (published to the organisation) and one store
 * app, so a `$filter=externalId eq '…'` has something to leave out.
 */
function teamsAppCatalog(): GraphJson[] {
  return [
    {
      id: DEMO_CX_CADENCE_APP_ID,
      externalId: DEMO_CX_CADENCE_APP_EXTERNAL_ID,
      displayName: DEMO_CX_CADENCE_APP_NAME,
      distributionMethod: 'organization',
    },
    {
      id: 'com.microsoft.teamspace.tab.planner',
      externalId: null,
      displayName: 'Planner',
      distributionMethod: 'store',
    },
  ];
}
