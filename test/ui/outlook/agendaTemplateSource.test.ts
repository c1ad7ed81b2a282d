import {
  MAX_STORED_MISSION_LENGTH,
  TEAM_AGENDA_STORAGE_KEY,
  parseStoredTeamAgenda,
  storageAgendaTemplateSource,
} from '../../../src/ui/outlook/agendaTemplateSource';
import { TEAM_AGENDA } from './fakeMailboxItem';

describe('agendaTemplateSource', () => {
  it('reads the team agenda the hub stored under its key', async () => {
    const storage = new Map([[TEAM_AGENDA_STORAGE_KEY, JSON.stringify(TEAM_AGENDA)]]);
    const lookup = await storageAgendaTemplateSource({
      getItem: (key) => storage.get(key) ?? null,
    }).read();
    expect(lookup).toMatchObject({
      kind: 'team',
      agenda: {
        mission: TEAM_AGENDA.mission,
        roleNames: { 'cx-lead': 'Head of CX' },
        template: { name: 'Northwind CX steering' },
      },
    });
  });

  it.each([
    ['nothing stored', null],
    ['an empty entry', '  '],
  ])('finds no team agenda when there is %s', (_case, raw) => {
    expect(parseStoredTeamAgenda(raw)).toEqual({ kind: 'none' });
  });

  it.each([
    [
      'a mission longer than the limit',
      { ...TEAM_AGENDA, mission: 'x'.repeat(MAX_STORED_MISSION_LENGTH + 1) },
    ],
    ['role names that are not text', { ...TEAM_AGENDA, roleNames: { 'cx-lead': 7 } }],
    [
      'an item of 0 minutes',
      {
        ...TEAM_AGENDA,
        template: { name: 'x', items: [{ ...TEAM_AGENDA.template.items[0], minutes: 0 }] },
      },
    ],
  ])('reports %s as unreadable', (_case, stored) => {
    expect(parseStoredTeamAgenda(JSON.stringify(stored))).toMatchObject({ kind: 'invalid' });
  });

  it('treats a blank mission as no mission', () => {
    const lookup = parseStoredTeamAgenda(JSON.stringify({ ...TEAM_AGENDA, mission: '   ' }));
    expect(lookup.kind === 'team' && 'mission' in lookup.agenda).toBe(false);
  });

  it('reports storage the browser blocks as unreadable instead of failing', async () => {
    const lookup = await storageAgendaTemplateSource({
      getItem: () => {
        throw new Error('SecurityError: access is denied');
      },
    }).read();
    expect(lookup).toEqual({
      kind: 'invalid',
      problem: 'The stored team agenda cannot be read: SecurityError: access is denied',
    });
  });
});
