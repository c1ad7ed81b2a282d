import { createDefaultCharter, DEFAULT_ROLE_IDS } from '../../../src/domain/charter';
import { teamAgendaOf, writeTeamAgenda } from '../../../src/ui/hub/outlookAgenda';
import {
  TEAM_AGENDA_STORAGE_KEY,
  parseStoredTeamAgenda,
} from '../../../src/ui/outlook/agendaTemplateSource';
import { matchingMembers, memberDetails } from '../../../src/ui/hub/roster/memberSearch';
import { TEAM, memoryStorage } from './fakeWorkspace';

describe('outlookAgenda', () => {
  it('leaves an agenda the Outlook command reads back: mission, role names, owners from the charter', () => {
    const charter = { ...createDefaultCharter(), mission: '  We keep our promises.  ' };
    const storage = memoryStorage();
    expect(writeTeamAgenda(storage, charter)).toEqual({ ok: true });

    const lookup = parseStoredTeamAgenda(storage.getItem(TEAM_AGENDA_STORAGE_KEY));
    if (lookup.kind !== 'team') throw new Error(`unreadable: ${JSON.stringify(lookup)}`);
    expect(lookup.agenda.mission).toBe('We keep our promises.');
    expect(lookup.agenda.roleNames[DEFAULT_ROLE_IDS.executiveSponsor]).toBe('Executive Sponsor');
    const owners = lookup.agenda.template.items.map((item) => item.ownerRoleId);
    expect(owners).toContain(DEFAULT_ROLE_IDS.cxLead);
    expect(owners).toContain(DEFAULT_ROLE_IDS.executiveSponsor);
  });

  it('leaves the mission out when the charter has none yet', () => {
    expect(teamAgendaOf({ ...createDefaultCharter(), mission: ' ' })).not.toHaveProperty('mission');
  });

  it('reports storage the browser blocks instead of throwing', () => {
    const blocked = {
      setItem: () => {
        throw new Error('The quota has been exceeded.');
      },
    };
    expect(writeTeamAgenda(blocked, createDefaultCharter())).toEqual({
      ok: false,
      problem: 'The quota has been exceeded.',
    });
  });
});

describe('memberSearch', () => {
  it.each([
    ['', [], ['Ava Patel', 'Dana Kim', 'Li Wei']],
    ['dana', [], ['Dana Kim']],
    ['KIM dana', [], ['Dana Kim']],
    ['sales director', [], ['Ava Patel']],
    ['product', [], ['Li Wei']],
    ['contoso', ['u-dana'], ['Ava Patel', 'Li Wei']],
    ['nobody', [], []],
  ])('offers for “%s” (chosen %j): %j', (query, chosen, names) => {
    expect(matchingMembers(TEAM, { query, chosen }).map((member) => member.displayName)).toEqual(
      names,
    );
  });

  it('describes a person by job title and department, or by address when neither is known', () => {
    const [ava, , li] = TEAM;
    if (!ava || !li) throw new Error('The fake team has three members');
    expect(memberDetails(ava)).toBe('Sales Director · Sales');
    expect(memberDetails(li)).toBe('Product');
    expect(memberDetails({ ...li, department: undefined })).toBe('li.wei@contoso.example');
  });
});
