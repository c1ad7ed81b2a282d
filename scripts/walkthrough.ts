/**
 * `npm run walkthrough`: the domain core at work on a sample CX team, without Graph. Every figure
 * printed is computed by src/domain from the sample inputs below; the rendered invite, card and
 * summary are written to .data/preview/ to open in a browser.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createStandardAgendaTemplate,
  fitAgendaToDuration,
  agendaSchedule,
  renderAgendaCard,
  renderInviteHtml,
} from '../src/domain/agenda';
import { cadenceOccurrences, cadenceTransactionId, validateCadence } from '../src/domain/cadence';
import type { Cadence } from '../src/domain/cadence';
import {
  DEFAULT_CATEGORY_IDS,
  DEFAULT_ROLE_IDS,
  assignMember,
  createDefaultCharter,
  templatePlaceholderFields,
  validateCharter,
} from '../src/domain/charter';
import {
  actionItemId,
  cadenceId,
  decisionId,
  meetingId,
  memberId,
  missionMomentId,
} from '../src/domain/ids';
import type { MemberId, RoleId } from '../src/domain/ids';
import { describeCadence } from '../src/domain/recurrence';
import {
  captureMissionMoment,
  carryOver,
  createActionItem,
  decisionStatusLabel,
  recordDecision,
  toAgendaCarryOver,
} from '../src/domain/records';
import { assignMissionMomentPresenters } from '../src/domain/rotation';
import { outOfOfficeDates, rankSlots } from '../src/domain/scheduling';
import type { PersonAvailability } from '../src/domain/scheduling';
import { buildMeetingSummary, renderSummaryMailHtml } from '../src/domain/summary';

const previewDir = join(process.cwd(), '.data', 'preview');

interface SampleMember {
  readonly id: MemberId;
  readonly displayName: string;
  readonly email: string;
  readonly timeZone: string;
  readonly roleId: RoleId;
}

const dana = member('dana', 'Dana Kim', 'Pacific Standard Time', DEFAULT_ROLE_IDS.cxLead);
const lukas = member(
  'lukas',
  'Lukas Weber',
  'W. Europe Standard Time',
  DEFAULT_ROLE_IDS.customerService,
);
const team: readonly SampleMember[] = [
  dana,
  member('amara', 'Amara Okafor', 'Eastern Standard Time', DEFAULT_ROLE_IDS.executiveSponsor),
  lukas,
  member('priya', 'Priya Nair', 'Central Standard Time', DEFAULT_ROLE_IDS.product),
  member('sam', 'Sam Taylor', 'GMT Standard Time', DEFAULT_ROLE_IDS.marketing),
];

function member(id: string, displayName: string, timeZone: string, roleId: RoleId): SampleMember {
  return { id: memberId(id), displayName, email: `${id}@contoso.example`, timeZone, roleId };
}

function heading(text: string): void {
  console.log(`\n${text}\n${'-'.repeat(text.length)}`);
}

function main(): void {
  console.log(
    'CX Cadence domain walkthrough: src/domain working on a sample CX team. Nothing here talks\n' +
      'to Microsoft Graph; `npm start` runs the local Graph emulator.',
  );

  let charter = createDefaultCharter();
  for (const person of team) {
    charter = assignMember(charter, { role: person.roleId, member: person.id });
  }
  charter = validateCharter(charter);
  heading('1. CX Charter (default template)');
  console.log(
    `${charter.roles.length} roles, ${charter.decisionCategories.length} decision categories, ` +
      `${charter.successStatement.indicators.length} success indicators.`,
  );
  console.log(
    `Fields still holding a [placeholder] to edit: ${templatePlaceholderFields(charter).join(', ')}`,
  );

  const cadence: Cadence = validateCadence({
    id: cadenceId('sample-cx-council'),
    version: 1,
    title: 'CX Council',
    organizerId: dana.id,
    attendeeIds: team.map((person) => person.id),
    durationMinutes: 60,
    startTime: '08:00',
    timeZone: 'Pacific Standard Time',
    recurrence: {
      frequency: { kind: 'everyNWeeks', interval: 2, daysOfWeek: ['tuesday'] },
      range: { kind: 'untilDate', startDate: '2027-01-05', endDate: '2027-12-31' },
      firstDayOfWeek: 'sunday',
    },
    agenda: fitAgendaToDuration(createStandardAgendaTemplate(), 60),
    rotation: { memberIds: team.map((person) => person.id), overrides: [] },
  });
  const occurrences = cadenceOccurrences(cadence);
  const [first, second] = occurrences;
  if (!first || !second) throw new Error('The sample cadence should hold at least two meetings');
  heading('2. Cadence');
  console.log(
    `${cadence.title}: ${describeCadence(cadence.recurrence.frequency, cadence.recurrence.range)}, ` +
      `${cadence.startTime} ${cadence.timeZone}, ${cadence.durationMinutes} min → ${occurrences.length} meetings.`,
  );
  console.log(`Graph transactionId for this version: ${cadenceTransactionId(cadence)}`);
  for (const occurrence of occurrences.slice(4, 7)) {
    console.log(`  ${occurrence.localStart} local = ${occurrence.utcStart}`);
  }

  const dates = occurrences.map((occurrence) => occurrence.localStart.slice(0, 10));
  const people = team.map((person, index) => samplePerson(person, index, dates));
  const slots = rankSlots({
    occurrenceDates: dates,
    timeZone: cadence.timeZone,
    durationMinutes: cadence.durationMinutes,
    earliestStart: '06:00',
    latestEnd: '14:00',
    people,
    limit: 3,
  });
  heading(
    '3. Best recurring slot (sample free/busy, 5 people in 5 time zones across 2 continents)',
  );
  for (const slot of slots) {
    console.log(
      `  #${slot.rank} ${slot.startTime}–${slot.endTime} ${slot.timeZone}: ` +
        `${slot.totals.conflicts} conflicting, ${slot.totals.outsideWorkingHours} outside working hours ` +
        `(person-meetings over ${slot.occurrences.length} meetings)`,
    );
  }

  const absences = people.flatMap((person) =>
    outOfOfficeDates(person, cadence.timeZone, dates).map((date) => ({
      memberId: person.memberId,
      from: date,
      to: date,
    })),
  );
  const rota = assignMissionMomentPresenters({
    members: cadence.rotation.memberIds,
    occurrences: occurrences.map((occurrence) => ({
      occurrenceId: occurrence.id,
      date: occurrence.localStart.slice(0, 10),
    })),
    absences,
  });
  const nameOf = (id: MemberId | undefined) =>
    team.find((person) => person.id === id)?.displayName ?? 'nobody available';
  heading('4. Mission Moment rotation (first eight meetings)');
  rota.slice(0, 8).forEach((assignment, index) => {
    const skipped = assignment.skipped.map((skip) => nameOf(skip.memberId));
    console.log(
      `  ${dates[index]}  ${nameOf(assignment.presenterId)}` +
        (skipped.length ? `  (skipped, out of office: ${skipped.join(', ')})` : ''),
    );
  });

  const roleNames = Object.fromEntries(charter.roles.map((role) => [role.id, role.name]));
  const firstMeeting = meetingId('sample-meeting-1');
  const decision = recordDecision({
    charter,
    id: decisionId('d1'),
    meetingId: firstMeeting,
    occurrenceId: first.id,
    categoryId: DEFAULT_CATEGORY_IDS.resourcesBudget,
    statement: 'Fund a second agent shift for weekend chat support',
    rationale: 'Weekend chat waits average 14 minutes',
    driver: { roleId: DEFAULT_ROLE_IDS.customerService, memberId: lukas.id },
    approver: { roleId: DEFAULT_ROLE_IDS.cxLead, memberId: dana.id },
    decidedAt: first.utcEnd,
  });
  const action = createActionItem({
    id: actionItemId('a1'),
    title: 'Draft the weekend staffing plan',
    owner: lukas.id,
    dueDate: second.localStart.slice(0, 10),
    meetingDate: first.localStart.slice(0, 10),
    source: { meetingId: firstMeeting, occurrenceId: first.id, decisionId: decision.id },
  });
  heading('5. Decisions against the decision-rights matrix');
  console.log(`  "${decision.statement}" → ${decisionStatusLabel(decision, charter)}`);

  const carried = carryOver({
    previousMeetings: [
      { meetingDate: first.localStart.slice(0, 10), actions: [action], decisions: [decision] },
    ],
    nextMeetingDate: second.localStart.slice(0, 10),
  });
  const memberNames = new Map(team.map((person) => [person.id, person.displayName]));
  const agendaOptions = {
    template: cadence.agenda,
    mission: charter.mission,
    roleNames,
    presenterName: nameOf(rota[1]?.presenterId),
    carryOver: toAgendaCarryOver(carried, { memberNames, charter }),
    meetingMinutes: cadence.durationMinutes,
  };
  heading(`6. Agenda of the meeting on ${dates[1]}`);
  for (const slot of agendaSchedule(cadence.agenda, cadence.startTime)) {
    console.log(`  ${slot.startLocal}–${slot.endLocal}  ${slot.item.title}`);
  }

  const moment = captureMissionMoment({
    id: missionMomentId('m1'),
    meetingId: firstMeeting,
    occurrenceId: first.id,
    presenterId: dana.id,
    capturedAt: first.utcStart,
    story: 'A customer whose order was lost got a call back from the same agent within the hour.',
    livedUpToMission: true,
    why: 'We owned the problem end to end, as our mission promises.',
    celebrate: 'The Lisbon service team',
  });
  const summary = buildMeetingSummary({
    title: cadence.title,
    record: {
      id: firstMeeting,
      cadenceId: cadence.id,
      occurrenceId: first.id,
      scheduledStart: first.utcStart,
      status: 'held',
      attendance: team.map((person, index) => ({
        memberId: person.id,
        department: charter.roles.find((role) => role.id === person.roleId)?.department ?? 'other',
        attended: index !== 3,
      })),
      missionMomentId: moment.id,
      decisionIds: [decision.id],
      actionIds: [action.id],
    },
    timeZone: cadence.timeZone,
    charter,
    members: team.map(({ id, displayName, email }) => ({ id, displayName, email })),
    missionMoment: moment,
    decisions: [decision],
    actions: [action],
  });

  mkdirSync(previewDir, { recursive: true });
  writeFileSync(join(previewDir, 'invite.html'), renderInviteHtml(agendaOptions));
  writeFileSync(
    join(previewDir, 'agenda-card.json'),
    JSON.stringify(renderAgendaCard(agendaOptions), null, 2),
  );
  writeFileSync(join(previewDir, 'summary-mail.html'), renderSummaryMailHtml(summary));
  heading('7. Rendered');
  console.log(`  Outlook invite body: ${join(previewDir, 'invite.html')}`);
  console.log(`  Agenda Adaptive Card: ${join(previewDir, 'agenda-card.json')}`);
  console.log(`  Summary mail:         ${join(previewDir, 'summary-mail.html')}`);
  console.log(`  Summary goes to ${summary.recipients.length} people.`);
}

/**
 * Sample free/busy: each person works 09:00–17:00 in their own zone, has a standing meeting on
 * their second and fourth working hours every Tuesday, and one person is out of office for a week.
 */
function samplePerson(
  person: SampleMember,
  index: number,
  dates: readonly string[],
): PersonAvailability {
  const busy = dates.flatMap((date) => [
    {
      start: `${date}T${pad(15 + index)}:00:00Z`,
      end: `${date}T${pad(16 + index)}:00:00Z`,
      status: 'busy' as const,
    },
  ]);
  const away = index === 3 ? dates.slice(3, 4) : [];
  return {
    memberId: person.id,
    busy: [
      ...busy,
      ...away.map((date) => ({
        start: `${date}T00:00:00Z`,
        end: `${date}T23:59:00Z`,
        status: 'outOfOffice' as const,
      })),
    ],
    workingHours: {
      daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
      startTime: '09:00',
      endTime: '17:00',
      timeZone: person.timeZone,
    },
  };
}

function pad(hour: number): string {
  return String(hour % 24).padStart(2, '0');
}

main();
