import {
  CHAMPION_DEPARTMENTS,
  DEFAULT_CATEGORY_IDS,
  DEFAULT_ROLE_IDS,
  DEPARTMENTS,
  DEPARTMENT_LABELS,
  createDefaultCharter,
  departmentLabel,
  rightOf,
  rolesWithRight,
  templatePlaceholderFields,
  updateCharterText,
  validateCharter,
  type Department,
} from '../../../src/domain/charter';
import {
  DEFAULT_CX_LEAD_ROLE_ID,
  DEFAULT_EXECUTIVE_SPONSOR_ROLE_ID,
} from '../../../src/domain/agenda/template';

describe('default charter', () => {
  const charter = createDefaultCharter();

  it('passes validation as it is, so a team can save it straight away', () => {
    expect(validateCharter(charter)).toEqual(charter);
  });

  it('has the Executive Sponsor, the CX Lead and one champion per department', () => {
    expect(charter.roles.map((role) => role.name)).toEqual([
      'Executive Sponsor',
      'CX Lead',
      'Marketing champion',
      'Sales champion',
      'Customer service champion',
      'Customer success champion',
      'Product champion',
      'Digital champion',
      'IT champion',
      'HR / learning champion',
      'Operations champion',
    ]);
    expect(charter.roles.map((role) => role.department)).toEqual([
      'executive',
      'cx',
      ...CHAMPION_DEPARTMENTS,
    ]);
    for (const role of charter.roles) {
      expect(role.responsibilities.length).toBeGreaterThanOrEqual(2);
      expect(role.memberIds).toEqual([]);
    }
  });

  it('uses the fixed role ids the standard agenda refers to', () => {
    expect(DEFAULT_ROLE_IDS.cxLead).toBe(DEFAULT_CX_LEAD_ROLE_ID);
    expect(DEFAULT_ROLE_IDS.executiveSponsor).toBe(DEFAULT_EXECUTIVE_SPONSOR_ROLE_ID);
    expect(charter.roles.map((role) => role.id)).toEqual(Object.values(DEFAULT_ROLE_IDS));
    expect(charter.decisionCategories.map((category) => category.id)).toEqual(
      Object.values(DEFAULT_CATEGORY_IDS),
    );
  });

  it('has the standard decision categories', () => {
    expect(charter.decisionCategories.map((category) => category.name)).toEqual([
      'CX priorities',
      'Customer-facing policy',
      'Journey or touchpoint change',
      'Resources and budget',
      'Measurement',
      'Team operations',
    ]);
  });

  it('gives every category exactly one approver and at most one driver', () => {
    for (const category of charter.decisionCategories) {
      expect(rolesWithRight(charter, category.id, 'approver')).toHaveLength(1);
      expect(rolesWithRight(charter, category.id, 'driver').length).toBeLessThanOrEqual(1);
    }
  });

  it.each([
    ['cxPriorities', 'executiveSponsor', 'approver'],
    ['resourcesBudget', 'executiveSponsor', 'approver'],
    ['cxPriorities', 'cxLead', 'driver'],
    ['measurement', 'cxLead', 'driver'],
    ['teamOperations', 'cxLead', 'approver'],
    ['teamOperations', 'executiveSponsor', 'informed'],
    ['customerPolicy', 'customerService', 'contributor'],
    ['customerPolicy', 'product', 'informed'],
  ] as const)('in %s, the %s role is %s', (category, role, right) => {
    expect(
      rightOf(charter.decisionRights, DEFAULT_CATEGORY_IDS[category], DEFAULT_ROLE_IDS[role]),
    ).toBe(right);
  });

  it('has champions only contribute or stay informed', () => {
    for (const department of CHAMPION_DEPARTMENTS) {
      for (const category of charter.decisionCategories) {
        expect(['contributor', 'informed']).toContain(
          rightOf(charter.decisionRights, category.id, DEFAULT_ROLE_IDS[department]),
        );
      }
    }
  });

  it('offers measurable indicators with a measure and a target', () => {
    expect(charter.successStatement.indicators.map((indicator) => indicator.name)).toEqual([
      'Net Promoter Score',
      'Customer effort',
      'First-contact resolution',
      'Customer retention',
    ]);
  });

  it('returns a fresh charter on every call', () => {
    const other = createDefaultCharter();
    expect(other).toEqual(charter);
    expect(other).not.toBe(charter);
    expect(other.roles).not.toBe(charter.roles);
    expect(other.decisionRights).not.toBe(charter.decisionRights);
  });

  it('points at the template placeholders that are still to fill in', () => {
    const fields = templatePlaceholderFields(charter);
    expect(fields).toEqual(
      expect.arrayContaining([
        'vision',
        'successStatement.indicators.0.target',
        'workingAgreements.5',
      ]),
    );
    const filled = updateCharterText(charter, {
      vision: 'Customers of Contoso find us easy to deal with.',
    });
    expect(templatePlaceholderFields(filled)).not.toContain('vision');
  });

  it('finds placeholders in goals too', () => {
    const withGoal = {
      ...charter,
      goals: [{ title: 'Grow [segment]', objectives: ['Reach [number] customers'] }],
    };
    expect(templatePlaceholderFields(withGoal)).toEqual(
      expect.arrayContaining(['goals.0.title', 'goals.0.objectives.0']),
    );
  });
});

describe('departments', () => {
  it.each<[Department, string]>([
    ['executive', 'Executive'],
    ['cx', 'Customer experience'],
    ['customerService', 'Customer service'],
    ['customerSuccess', 'Customer success'],
    ['it', 'IT'],
    ['hrLearning', 'HR / learning'],
    ['other', 'Other'],
  ])('labels %s as “%s”', (department, label) => {
    expect(departmentLabel(department)).toBe(label);
  });

  it('lists every department once, sponsor and CX first and other last', () => {
    expect([...DEPARTMENTS].sort()).toEqual(Object.keys(DEPARTMENT_LABELS).sort());
    expect(DEPARTMENTS[0]).toBe('executive');
    expect(DEPARTMENTS[1]).toBe('cx');
    expect(DEPARTMENTS.at(-1)).toBe('other');
  });
});
