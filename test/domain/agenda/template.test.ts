import {
  DEFAULT_CX_LEAD_ROLE_ID,
  DEFAULT_EXECUTIVE_SPONSOR_ROLE_ID,
  MISSION_MOMENT_MAX_MINUTES,
  MISSION_MOMENT_MIN_MINUTES,
  STANDARD_AGENDA_MINUTES,
  createStandardAgendaTemplate,
  isMissionMoment,
  totalAgendaMinutes,
  validateAgendaTemplate,
} from '../../../src/domain/agenda';
import { DEFAULT_ROLE_IDS } from '../../../src/domain/charter';
import { roleId } from '../../../src/domain/ids';

describe('standard CX agenda template', () => {
  const template = createStandardAgendaTemplate();

  it('opens with a Mission Moment of 3 to 5 minutes', () => {
    const first = template.items[0];
    expect(first?.kind).toBe('missionMoment');
    expect(first?.minutes).toBeGreaterThanOrEqual(MISSION_MOMENT_MIN_MINUTES);
    expect(first?.minutes).toBeLessThanOrEqual(MISSION_MOMENT_MAX_MINUTES);
    expect(template.items.filter(isMissionMoment)).toHaveLength(1);
  });

  it('follows the standard order from carry-over to wrap-up', () => {
    expect(template.items.map((item) => item.kind)).toEqual([
      'missionMoment',
      'carryOver',
      'voiceOfCustomer',
      'departmentUpdates',
      'decisionsNeeded',
      'wrapUp',
    ]);
  });

  it('fills a 60-minute meeting exactly', () => {
    expect(totalAgendaMinutes(template)).toBe(STANDARD_AGENDA_MINUTES);
    expect(() => validateAgendaTemplate(template, { meetingMinutes: 60 })).not.toThrow();
  });

  it('gives every item a one-line prompt and a unique id', () => {
    for (const item of template.items) {
      expect(item.guidance.length).toBeGreaterThan(0);
      expect(item.guidance).not.toMatch(/\n/);
    }
    expect(new Set(template.items.map((item) => item.id)).size).toBe(template.items.length);
  });

  it("is owned by the default charter's CX Lead and Executive Sponsor", () => {
    expect(DEFAULT_CX_LEAD_ROLE_ID).toBe(DEFAULT_ROLE_IDS.cxLead);
    expect(DEFAULT_EXECUTIVE_SPONSOR_ROLE_ID).toBe(DEFAULT_ROLE_IDS.executiveSponsor);
    const owners = Object.fromEntries(template.items.map((item) => [item.kind, item.ownerRoleId]));
    expect(owners).toEqual({
      missionMoment: undefined,
      carryOver: 'cx-lead',
      voiceOfCustomer: 'cx-lead',
      departmentUpdates: undefined,
      decisionsNeeded: 'executive-sponsor',
      wrapUp: 'cx-lead',
    });
  });

  it("uses a team's own role ids when its charter names roles differently", () => {
    const custom = createStandardAgendaTemplate({
      cxLeadRoleId: roleId('head-of-cx'),
      executiveSponsorRoleId: roleId('coo'),
    });
    const owners = custom.items.map((item) => item.ownerRoleId).filter(Boolean);
    expect(new Set(owners)).toEqual(new Set(['head-of-cx', 'coo']));
  });

  it('makes an equal, independent template every time', () => {
    expect(createStandardAgendaTemplate()).toEqual(createStandardAgendaTemplate());
    expect(createStandardAgendaTemplate()).not.toBe(createStandardAgendaTemplate());
  });
});
