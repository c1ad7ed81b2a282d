import { GRAPH_PERMISSION_RULES, requiredPermission } from '../../../src/graph/client/permissions';

/**
 * The least-privileged delegated permission of every Graph operation in DESIGN.md §4, as Microsoft's
 * Graph v1.0 API reference lists it for each endpoint.
 */
describe('requiredPermission', () => {
  it.each([
    ['GET', '/me', 'User.Read'],
    ['GET', "/users?$filter=department eq 'Sales'", 'User.ReadBasic.All'],
    ['GET', '/users/u-blair', 'User.ReadBasic.All'],
    ['GET', '/me/joinedTeams', 'Team.ReadBasic.All'],
    ['GET', '/groups/g-cx/members?$top=50', 'GroupMember.Read.All'],
    ['GET', '/users/u-blair/mailboxSettings', 'MailboxSettings.Read'],
    ['POST', '/me/calendar/getSchedule', 'Calendars.ReadBasic'],
    ['POST', '/me/events', 'Calendars.ReadWrite'],
    ['GET', '/me/events/AAMk=/instances?startDateTime=2026-03-02', 'Calendars.ReadBasic'],
    ['PATCH', '/me/events/AAMk=', 'Calendars.ReadWrite'],
    ['DELETE', '/me/events/AAMk=', 'Calendars.ReadWrite'],
    ['GET', "/me/onlineMeetings?$filter=JoinWebUrl eq 'x'", 'OnlineMeetings.Read'],
    ['POST', '/chats/19:abc@thread.v2/installedApps', 'TeamsAppInstallation.ReadWriteSelfForChat'],
    ['POST', '/chats/19:abc@thread.v2/tabs', 'TeamsTab.Create'],
    ['POST', '/chats/19:abc@thread.v2/messages', 'ChatMessage.Send'],
    ['POST', '/me/sendMail', 'Mail.Send'],
    ['GET', '/groups/g-cx/sites/root', 'Sites.Read.All'],
    ['POST', '/sites/contoso.sharepoint.com,s1,w1/lists', 'Sites.Manage.All'],
    ['GET', '/sites/s1/lists/l1/items?expand=fields', 'Sites.Read.All'],
    ['POST', '/sites/s1/lists/l1/items', 'Sites.ReadWrite.All'],
    ['PATCH', '/sites/s1/lists/l1/items/7/fields', 'Sites.ReadWrite.All'],
    ['POST', '/planner/tasks', 'Tasks.ReadWrite'],
    ['PATCH', '/planner/tasks/t1', 'Tasks.ReadWrite'],
    ['GET', '/planner/plans/p1/tasks', 'Tasks.Read'],
    ['GET', 'https://graph.microsoft.com/v1.0/Me/Events', 'Calendars.ReadBasic'],
  ])('%s %s needs %s', (method, path, permission) => {
    expect(requiredPermission(method, path)?.permission).toBe(permission);
  });

  it('knows nothing of operations CX Cadence does not use', () => {
    expect(requiredPermission('GET', '/me/drive/root')).toBeUndefined();
  });

  it('words every action for the person who reads the error', () => {
    for (const rule of GRAPH_PERMISSION_RULES) {
      expect(rule.action).toMatch(/^[a-z]/);
      expect(rule.permission).toMatch(/^[A-Z][A-Za-z]+\.[A-Za-z.]+$/);
    }
  });
});
