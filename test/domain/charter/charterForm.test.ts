import {
  DEFAULT_CATEGORY_IDS,
  DEFAULT_ROLE_IDS,
  checkCharter,
  type Charter,
} from '../../../src/domain/charter';
import {
  agendaOwnerRoles,
  countIssuesBySection,
  messageFor,
  messagesUnder,
  membersWithoutRole,
  newRoleDraft,
  roleNamesOf,
  sectionOfField,
  updateGoal,
  updateIndicator,
  updateStakeholder,
  updateWorkingAgreement,
  withItemRemoved,
  withItemReplaced,
} from '../../../src/domain/charter/charterForm';
import { memberId, roleId } from '../../../src/domain/ids';
import { frozenDefaultCharter } from './charterFixtures';

const issue = (field: string, message = `problem at ${field}`) => ({ field, message });

describe('charterForm', () => {
  describe('where issues show', () => {
    it.each([
      ['mission', 'charter'],
      ['successStatement.indicators.0.target', 'charter'],
      ['stakeholders.1.email', 'charter'],
      ['workingAgreements', 'charter'],
      ['roles', 'roster'],
      ['roles.3.memberIds.0', 'roster'],
      ['decisionCategories.0.name', 'rights'],
      ['decisionRights.cx-priorities', 'rights'],
      ['decisionRights.cx-priorities.cx-lead', 'rights'],
      ['', 'charter'],
    ] as const)('shows %s on the %s section', (field, section) => {
      expect(sectionOfField(field)).toBe(section);
    });

    it('counts the problems each tab holds', () => {
      const counts = countIssuesBySection([
        issue('mission'),
        issue('vision'),
        issue('roles.0.name'),
        issue('decisionRights.x'),
      ]);
      expect(counts).toEqual({ charter: 2, roster: 1, rights: 1 });
    });

    it('gives each input only its own messages, joined when there are several', () => {
      const issues = [
        issue('roles.2', 'role'),
        issue('roles.2.name', 'first'),
        issue('roles.2.name', 'second'),
        issue('roles.20.name', 'other role'),
      ];
      expect(messageFor(issues, 'roles.2.name')).toBe('first second');
      expect(messageFor(issues, 'roles.2')).toBe('role');
      expect(messageFor(issues, 'mission')).toBeUndefined();
    });

    it('collects the messages at a path and inside it, not those of a sibling with a longer number', () => {
      const issues = [
        issue('roles.2', 'role'),
        issue('roles.2.memberIds.0', 'member'),
        issue('roles.20.name', 'other role'),
      ];
      expect(messagesUnder(issues, 'roles.2')).toEqual(['role', 'member']);
    });

    it('places the domain’s own messages: a missing mission and a category without an approver', () => {
      const charter = frozenDefaultCharter();
      const draft: Charter = {
        ...charter,
        mission: ' ',
        decisionRights: { ...charter.decisionRights, [DEFAULT_CATEGORY_IDS.cxPriorities]: {} },
      };
      const check = checkCharter(draft);
      if (check.ok) throw new Error('expected problems');
      expect(messageFor(check.issues, 'mission')).toMatch(/Give the CX mission/);
      expect(
        messageFor(check.issues, `decisionRights.${DEFAULT_CATEGORY_IDS.cxPriorities}`),
      ).toMatch(/Choose a role to approve “CX priorities” decisions/);
      expect(countIssuesBySection(check.issues)).toEqual({ charter: 1, roster: 0, rights: 1 });
    });
  });

  describe('list items', () => {
    it('replaces and removes by position, returning the same list when nothing changes', () => {
      const items = Object.freeze(['a', 'b', 'c']);
      expect(withItemReplaced(items, 1, 'B')).toEqual(['a', 'B', 'c']);
      expect(withItemReplaced(items, 1, 'b')).toBe(items);
      expect(withItemReplaced(items, 3, 'd')).toBe(items);
      expect(withItemRemoved(items, 0)).toEqual(['b', 'c']);
      expect(withItemRemoved(items, -1)).toBe(items);
      expect(withItemRemoved(items, 1.5)).toBe(items);
    });
  });

  describe('editing one item of the charter', () => {
    it('renames a goal and rewrites its objectives, leaving the input alone', () => {
      const charter = frozenDefaultCharter();
      const renamed = updateGoal(charter, { index: 0, title: 'Easy help' });
      expect(renamed.goals[0]?.title).toBe('Easy help');
      expect(renamed.goals[0]?.objectives).toBe(charter.goals[0]?.objectives);
      expect(renamed.goals[1]).toBe(charter.goals[1]);
      const rewritten = updateGoal(charter, { index: 1, objectives: ['One objective'] });
      expect(rewritten.goals[1]).toEqual({
        title: charter.goals[1]?.title,
        objectives: ['One objective'],
      });
    });

    it('returns the same charter for a goal edit that changes nothing or names no goal', () => {
      const charter = frozenDefaultCharter();
      const goal = charter.goals[0];
      expect(updateGoal(charter, { index: 0, title: goal?.title })).toBe(charter);
      expect(updateGoal(charter, { index: 0, objectives: [...(goal?.objectives ?? [])] })).toBe(
        charter,
      );
      expect(updateGoal(charter, { index: 9, title: 'x' })).toBe(charter);
    });

    it('changes one field of an indicator, keeping an empty baseline as typed', () => {
      const charter = frozenDefaultCharter();
      const changed = updateIndicator(charter, { index: 1, target: '2.0 by Q4', baseline: '' });
      expect(changed.successStatement.indicators[1]).toMatchObject({
        name: 'Customer effort',
        target: '2.0 by Q4',
        baseline: '',
      });
      expect(changed.successStatement.statement).toBe(charter.successStatement.statement);
      expect(updateIndicator(charter, { index: 1, name: 'Customer effort' })).toBe(charter);
      expect(updateIndicator(charter, { index: 7, name: 'x' })).toBe(charter);
    });

    it('changes a stakeholder’s name, email, need and categories', () => {
      const charter = frozenDefaultCharter();
      const changed = updateStakeholder(charter, {
        index: 0,
        email: 'leaders@contoso.example',
        need: 'mustKnow',
        categoryIds: [DEFAULT_CATEGORY_IDS.measurement],
      });
      expect(changed.stakeholders[0]).toEqual({
        name: 'Leadership team',
        email: 'leaders@contoso.example',
        need: 'mustKnow',
        categoryIds: [DEFAULT_CATEGORY_IDS.measurement],
      });
      const stakeholder = charter.stakeholders[0];
      expect(
        updateStakeholder(charter, {
          index: 0,
          name: stakeholder?.name,
          categoryIds: [...(stakeholder?.categoryIds ?? [])],
        }),
      ).toBe(charter);
      expect(updateStakeholder(charter, { index: 4, name: 'x' })).toBe(charter);
    });

    it('rewrites a working agreement, and returns the same charter for an unknown position', () => {
      const charter = frozenDefaultCharter();
      const changed = updateWorkingAgreement(charter, { index: 2, text: 'Send a delegate.' });
      expect(changed.workingAgreements[2]).toBe('Send a delegate.');
      expect(changed.workingAgreements).toHaveLength(charter.workingAgreements.length);
      expect(updateWorkingAgreement(charter, { index: 99, text: 'x' })).toBe(charter);
    });
  });

  describe('roles', () => {
    it('starts a new role unnamed, in Other, with one responsibility to fill in', () => {
      expect(newRoleDraft(roleId('r-1'))).toEqual({
        id: 'r-1',
        name: '',
        department: 'other',
        responsibilities: [''],
        memberIds: [],
      });
      expect(newRoleDraft(roleId('r-2'), 'sales').department).toBe('sales');
    });

    it('lists the team members who hold no role yet, in the order given', () => {
      const charter = frozenDefaultCharter();
      const withLead: Charter = {
        ...charter,
        roles: charter.roles.map((role) =>
          role.id === DEFAULT_ROLE_IDS.cxLead ? { ...role, memberIds: [memberId('u-dana')] } : role,
        ),
      };
      const members = [{ id: 'u-ava' }, { id: 'u-dana' }, { id: 'u-li' }];
      expect(membersWithoutRole(withLead, members)).toEqual([{ id: 'u-ava' }, { id: 'u-li' }]);
    });

    it('names each role by id for the agenda, leaving unnamed roles out', () => {
      const charter = frozenDefaultCharter();
      const names = roleNamesOf({ roles: [...charter.roles, newRoleDraft(roleId('blank'))] });
      expect(names[DEFAULT_ROLE_IDS.cxLead]).toBe('CX Lead');
      expect(Object.keys(names)).toHaveLength(charter.roles.length);
    });

    it.each([
      [
        'the default roles',
        frozenDefaultCharter().roles,
        { cxLeadRoleId: 'cx-lead', executiveSponsorRoleId: 'executive-sponsor' },
      ],
      [
        'roles of their own, by department',
        [
          { ...newRoleDraft(roleId('head-of-cx'), 'cx'), name: 'Head of CX' },
          { ...newRoleDraft(roleId('coo'), 'executive'), name: 'COO' },
        ],
        { cxLeadRoleId: 'head-of-cx', executiveSponsorRoleId: 'coo' },
      ],
      ['no CX or executive role', [newRoleDraft(roleId('x'), 'sales')], {}],
    ])('picks the agenda’s owner roles from %s', (_case, roles, expected) => {
      expect(agendaOwnerRoles({ roles })).toEqual(expected);
    });
  });
});
