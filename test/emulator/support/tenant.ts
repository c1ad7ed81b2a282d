import { emptyState } from '../../../emulator/core/state';
import type { EmulatorState, GraphJson } from '../../../emulator/core/state';

/**
 * A small, fixed tenant for integration tests: three members of the "CX Council" group (with its
 * team, root site and plan) in three time zones, and one outsider who belongs to nothing.
 * Ids are readable so tests can name them.
 */
export const testUsers = {
  alex: {
    id: 'u-alex',
    upn: 'alex@contoso.test',
    displayName: 'Alex Rivera',
    department: 'Customer Experience',
    timeZone: 'Pacific Standard Time',
  },
  blair: {
    id: 'u-blair',
    upn: 'blair@contoso.test',
    displayName: 'Blair Chen',
    department: 'Customer Service',
    timeZone: 'GMT Standard Time',
  },
  casey: {
    id: 'u-casey',
    upn: 'casey@contoso.test',
    displayName: 'Casey Novak',
    department: 'Sales',
    timeZone: 'W. Europe Standard Time',
  },
  outsider: {
    id: 'u-outsider',
    upn: 'outsider@contoso.test',
    displayName: 'Oli Outsider',
    department: 'Finance',
    timeZone: 'Eastern Standard Time',
  },
} as const;

export const testGroupId = 'g-cx-council';
export const testSiteId = 'contoso.sharepoint.com,site-cx-council,web-cx-council';
export const testPlanId = 'plan-cx-council';

export function buildTestTenant(): EmulatorState {
  const state = emptyState({
    tokenSecret: 'test-secret',
    tenant: { id: 't-contoso', displayName: 'Contoso (test)', domain: 'contoso.test' },
  });
  for (const person of Object.values(testUsers)) {
    state.users[person.id] = {
      user: {
        id: person.id,
        displayName: person.displayName,
        userPrincipalName: person.upn,
        mail: person.upn,
        department: person.department,
        jobTitle: `${person.department} lead`,
        givenName: person.displayName.split(' ')[0],
        surname: person.displayName.split(' ')[1],
        businessPhones: [],
        officeLocation: null,
        preferredLanguage: 'en-US',
        mobilePhone: null,
      },
      mailboxSettings: mailboxSettings(person.timeZone),
    };
  }
  const members = [testUsers.alex.id, testUsers.blair.id, testUsers.casey.id];
  state.groups[testGroupId] = {
    group: {
      id: testGroupId,
      displayName: 'CX Council',
      description: 'Cross-functional CX governing team',
      mail: 'cxcouncil@contoso.test',
      mailNickname: 'cxcouncil',
      groupTypes: ['Unified'],
      mailEnabled: true,
      securityEnabled: false,
      visibility: 'Private',
      resourceProvisioningOptions: ['Team'],
    },
    memberIds: members,
    ownerIds: [testUsers.alex.id],
    team: {
      id: testGroupId,
      displayName: 'CX Council',
      description: 'Cross-functional CX governing team',
      isArchived: false,
      webUrl: `https://teams.microsoft.com/l/team/${testGroupId}`,
    },
    siteId: testSiteId,
  };
  state.sites[testSiteId] = {
    site: {
      id: testSiteId,
      name: 'cxcouncil',
      displayName: 'CX Council',
      webUrl: 'https://contoso.sharepoint.com/sites/cxcouncil',
      createdDateTime: '2026-01-05T09:00:00Z',
      lastModifiedDateTime: '2026-01-05T09:00:00Z',
      siteCollection: { hostname: 'contoso.sharepoint.com' },
    },
    groupId: testGroupId,
    lists: {},
  };
  state.planner.plans[testPlanId] = {
    id: testPlanId,
    title: 'CX Council',
    owner: testGroupId,
    container: {
      containerId: testGroupId,
      type: 'group',
      url: `https://graph.microsoft.com/v1.0/groups/${testGroupId}`,
    },
    createdDateTime: '2026-01-05T09:00:00Z',
    createdBy: { user: { id: testUsers.alex.id } },
    '@odata.etag': 'W/"JzEtUGxhbiAgQEBAQEBAQEBAQEBAQEBAWCc="',
  };
  return state;
}

function mailboxSettings(timeZone: string): GraphJson {
  return {
    timeZone,
    dateFormat: 'yyyy-MM-dd',
    timeFormat: 'HH:mm',
    workingHours: {
      daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
      startTime: '09:00:00.0000000',
      endTime: '17:00:00.0000000',
      timeZone: { name: timeZone },
    },
    automaticRepliesSetting: {
      status: 'disabled',
      externalAudience: 'none',
      internalReplyMessage: '',
      externalReplyMessage: '',
      scheduledStartDateTime: { dateTime: '2026-01-01T00:00:00.0000000', timeZone: 'UTC' },
      scheduledEndDateTime: { dateTime: '2026-01-02T00:00:00.0000000', timeZone: 'UTC' },
    },
    language: { locale: 'en-US', displayName: 'English (United States)' },
    delegateMeetingMessageDeliveryOptions: 'sendToDelegateOnly',
    userPurpose: 'user',
  };
}
