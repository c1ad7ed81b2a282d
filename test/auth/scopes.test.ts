import {
  GRAPH_DEFAULT_SCOPE,
  GRAPH_DELEGATED_SCOPES,
  GRAPH_SCOPES,
  PERMISSIONS_GRANTED_BY,
  scopesToRequest,
} from '../../src/auth/scopes';
import { GRAPH_PERMISSION_RULES } from '../../src/graph/client/permissions';

describe('GRAPH_DELEGATED_SCOPES', () => {
  const asked = new Set(GRAPH_DELEGATED_SCOPES.map((entry) => entry.permission));

  it.each(GRAPH_PERMISSION_RULES.map((rule) => [rule.family, rule.permission]))(
    'covers %s (%s), directly or through a broader permission',
    (_family, permission) => {
      let covering: string | undefined = permission;
      while (covering !== undefined && !asked.has(covering)) {
        covering = PERMISSIONS_GRANTED_BY[covering];
      }
      expect(covering).toBeDefined();
    },
  );

  it('asks for no permission another one in the list already grants', () => {
    expect([...asked].filter((permission) => permission in PERMISSIONS_GRANTED_BY)).toEqual([]);
  });

  it('says why each permission is needed, in the words the permission errors use', () => {
    const calendar = GRAPH_DELEGATED_SCOPES.find((e) => e.permission === 'Calendars.ReadWrite');
    expect(calendar?.neededTo).toEqual(
      expect.arrayContaining([
        'create or update meetings in your calendar',
        "read your team's free/busy times",
      ]),
    );
    expect(GRAPH_DELEGATED_SCOPES.every((entry) => entry.neededTo.length > 0)).toBe(true);
  });
});

describe('scopesToRequest', () => {
  it('asks for the listed scopes when the Graph client asks for .default', () => {
    expect(scopesToRequest([GRAPH_DEFAULT_SCOPE])).toEqual(GRAPH_SCOPES);
    expect(scopesToRequest([])).toEqual(GRAPH_SCOPES);
  });

  it('passes named scopes through once each', () => {
    expect(scopesToRequest(['Mail.Send', 'Mail.Send', 'User.Read'])).toEqual([
      'Mail.Send',
      'User.Read',
    ]);
  });
});
