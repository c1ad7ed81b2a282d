import { ValidationError } from '../../../src/domain/errors';
import { memberId } from '../../../src/domain/ids';
import { buildMeetingSummary } from '../../../src/domain/summary';
import { charter, members } from '../records/fixtures';
import { directory, record, summaryOptions } from './fixtures';

describe('meetingSummary', () => {
  it.each([
    ['GMT Standard Time', '2025-03-04', 'Tuesday 4 March 2025, 15:00 GMT'],
    ['America/New_York', '2025-03-04', 'Tuesday 4 March 2025, 10:00 GMT-5'],
    ['Tokyo Standard Time', '2025-03-05', 'Wednesday 5 March 2025, 00:00 GMT+9'],
  ])('dates a 15:00 UTC meeting in %s as %s, "%s"', (timeZone, date, dateLabel) => {
    const summary = buildMeetingSummary({ ...summaryOptions, timeZone });
    expect(summary.date).toBe(date);
    expect(summary.dateLabel).toBe(dateLabel);
  });

  it('shows the time after the clocks change in the team zone', () => {
    const summer = buildMeetingSummary({
      ...summaryOptions,
      record: { ...record, scheduledStart: '2025-04-01T14:00:00Z' },
    });
    expect(summer.dateLabel).toBe('Tuesday 1 April 2025, 15:00 BST');
  });

  it('groups attendees and absentees by department in the charter display order', () => {
    expect(buildMeetingSummary(summaryOptions).attendance).toEqual([
      {
        department: 'executive',
        departmentLabel: 'Executive',
        attendees: [],
        absentees: ['Sam Okafor'],
      },
      {
        department: 'cx',
        departmentLabel: 'Customer experience',
        attendees: ['Ana Silva'],
        absentees: [],
      },
      {
        department: 'marketing',
        departmentLabel: 'Marketing',
        attendees: ['Marco Rossi'],
        absentees: [],
      },
      {
        department: 'customerService',
        departmentLabel: 'Customer service',
        attendees: ['Priya Patel'],
        absentees: [],
      },
      { department: 'it', departmentLabel: 'IT', attendees: [], absentees: ['Ivan Petrov'] },
    ]);
  });

  it('summarises the Mission Moment with the presenter name and outcome', () => {
    expect(buildMeetingSummary(summaryOptions).missionMoment).toEqual({
      presenterName: 'Priya Patel',
      story: 'A customer was charged twice.\nPriya refunded it on the first call.',
      livedUpToMission: true,
      outcomeLabel: 'Lived up to our CX mission',
      why: 'Resolved on first contact',
      celebrate: 'Priya',
      lesson: 'Let agents refund without a supervisor',
    });
  });

  it('lists decisions with their roles by name and their status labels', () => {
    const [journey, budget] = buildMeetingSummary(summaryOptions).decisions;
    expect(journey).toEqual({
      statement: 'Offer callbacks instead of hold queues',
      rationale: 'Hold times drive repeat contacts',
      categoryName: 'Customer journey',
      driver: { roleName: 'Marketing champion', memberName: 'Marco Rossi' },
      approver: { roleName: 'CX Lead', memberName: 'Ana Silva' },
      contributors: ['Customer service champion'],
      informed: ['Executive Sponsor', 'IT champion'],
      status: 'approved',
      statusLabel: 'Approved',
    });
    expect(budget?.statusLabel).toBe('Pending approval by Executive Sponsor');
  });

  it('lists new actions with owners and due dates, and carries forward only older items', () => {
    const summary = buildMeetingSummary(summaryOptions);
    expect(summary.newActions).toEqual([
      {
        title: 'Draft the callback script',
        ownerId: members.service,
        ownerName: 'Priya Patel',
        dueDate: '2025-03-31',
      },
      {
        title: 'Brief the sales team',
        ownerId: members.marketing,
        ownerName: 'Marco Rossi',
        dueDate: '2025-03-14',
      },
    ]);
    expect(summary.carriedForward).toEqual({
      openActions: [
        { title: 'Collect complaint themes', ownerName: 'Ivan Petrov', dueDate: '2025-03-01' },
      ],
      deferredDecisions: [
        { statement: 'Retire the survey pop-up', statusLabel: 'Deferred to the next meeting' },
      ],
    });
  });

  it('sends the summary to an invitee who missed the meeting', () => {
    const summary = buildMeetingSummary({
      ...summaryOptions,
      members: directory.map((member) =>
        member.displayName === 'Ivan Petrov' ? { ...member, email: 'ivan@contoso.com' } : member,
      ),
    });
    expect(summary.recipients).toContainEqual({ name: 'Ivan Petrov', email: 'ivan@contoso.com' });
  });

  it('mails invitees, members of roles who must know and mustKnow stakeholders, once per address', () => {
    expect(buildMeetingSummary(summaryOptions).recipients).toEqual([
      { name: 'Priya Patel', email: 'priya@contoso.com' },
      { name: 'Marco Rossi', email: 'Marco@Contoso.com' },
      { name: 'Ana Silva', email: 'ana@contoso.com' },
      { name: 'Sam Okafor', email: 'sam@contoso.com' },
      { name: 'Board office', email: 'board@contoso.com' },
      { name: 'Customer insights', email: 'Insights@Contoso.com' },
    ]);
  });

  it('de-duplicates recipients by address regardless of case and surrounding spaces', () => {
    const summary = buildMeetingSummary({
      ...summaryOptions,
      charter: {
        ...charter,
        stakeholders: [
          { name: 'Ana again', email: ' ANA@contoso.COM ', need: 'mustKnow', categoryIds: [] },
          { name: 'Insights', email: 'insights@contoso.com', need: 'mustKnow', categoryIds: [] },
          {
            name: 'Insights team',
            email: 'INSIGHTS@CONTOSO.COM',
            need: 'mustKnow',
            categoryIds: [],
          },
          { name: 'No mail', need: 'mustKnow', categoryIds: [] },
        ],
      },
      members: [...directory, { id: memberId('m-dup'), displayName: 'Dup', email: 'x@y.z' }],
    });
    expect(summary.recipients.map((recipient) => recipient.email)).toEqual([
      'priya@contoso.com',
      'Marco@Contoso.com',
      'ana@contoso.com',
      'sam@contoso.com',
      'insights@contoso.com',
    ]);
  });

  it('handles a cancelled meeting with no Mission Moment and nothing decided', () => {
    const summary = buildMeetingSummary({
      ...summaryOptions,
      record: { ...record, status: 'cancelled', attendance: [] },
      missionMoment: undefined,
      decisions: [],
      actions: [],
      carriedForward: undefined,
    });
    expect(summary.isCancelled).toBe(true);
    expect(summary.missionMoment).toBeUndefined();
    expect(summary.attendance).toEqual([]);
    expect(summary.recipients).toEqual([]);
    expect(summary.carriedForward).toEqual({ openActions: [], deferredDecisions: [] });
  });

  it('names people missing from the directory "Unknown member"', () => {
    const summary = buildMeetingSummary({ ...summaryOptions, members: [] });
    expect(summary.newActions.map((action) => action.ownerName)).toEqual([
      'Unknown member',
      'Unknown member',
    ]);
  });

  it.each([
    [{ timeZone: 'Mars/Olympus' }, 'timeZone'],
    [{ record: { ...record, scheduledStart: 'soon' } }, 'record.scheduledStart'],
  ])('rejects %j naming the field', (overrides, field) => {
    expect.assertions(1);
    try {
      buildMeetingSummary({ ...summaryOptions, ...overrides });
    } catch (error) {
      expect((error as ValidationError).field).toBe(field);
    }
  });
});
