import { createDefaultCharter } from '../../../src/domain/charter';
import {
  actionItemId,
  cadenceId,
  meetingId,
  memberId,
  occurrenceId,
} from '../../../src/domain/ids';
import { approveDecision, createActionItem, withAttendance } from '../../../src/domain/records';
import {
  InvalidRecordError,
  createActionItemRepository,
  createCadenceRepository,
  createCharterRepository,
  createDecisionRepository,
  createMeetingRepository,
  createMissionMomentRepository,
  createRecordStore,
  createRosterRepository,
  decisionMapper,
} from '../../../src/graph/records';
import type { RecordsContext } from '../../../src/graph/records';
import { ValidationError } from '../../../src/domain/errors';
import { startEmulatorSession } from '../support/emulatorSession';
import type { EmulatorSession } from '../support/emulatorSession';
import { decide, charter as smallCharter, members, roles } from '../../domain/records/fixtures';
import {
  councilCadence,
  dana,
  decision,
  marchMeeting,
  meetingEntry,
  missionMoment,
  recordsFor,
  sam,
  writesIn,
} from './support';

describe('records repositories', () => {
  let session: EmulatorSession;
  let records: RecordsContext;

  beforeAll(async () => {
    session = await startEmulatorSession();
  });
  beforeEach(async () => {
    await session.reset('demo');
    records = await recordsFor(session);
  });
  afterAll(() => session.close());

  const logSince = async (mark: number) => (await session.requests()).slice(mark);
  const mark = async () => (await session.requests()).length;

  describe('charter', () => {
    it('saves the default charter and reads back the same charter with its ETag', async () => {
      const repository = createCharterRepository(records);
      expect(await repository.read()).toBeUndefined();
      const saved = await repository.create(createDefaultCharter());
      const read = await repository.read();
      expect(read?.value).toEqual(createDefaultCharter());
      expect(read?.etag).toBe(saved.etag);
    });

    it('updates under If-Match and moves the ETag on', async () => {
      const repository = createCharterRepository(records);
      const saved = await repository.create(createDefaultCharter());
      const next = { ...saved.value, vision: 'Customers find Contoso easy to deal with.' };
      const updated = await repository.update(saved, next);
      expect(updated.etag).not.toBe(saved.etag);
      expect((await repository.read())?.value.vision).toBe(next.vision);
    });

    it('refuses to save an invalid charter and writes nothing', async () => {
      const repository = createCharterRepository(records);
      const before = await mark();
      const broken = { ...createDefaultCharter(), mission: '' };
      await expect(repository.create(broken)).rejects.toBeInstanceOf(ValidationError);
      expect(writesIn(await logSince(before))).toEqual([]);
    });
  });

  describe('roster', () => {
    it('follows the charter’s roles: creates, then only what changed', async () => {
      const repository = createRosterRepository(records);
      const first = await repository.syncFromCharter(smallCharter);
      expect(first.created).toHaveLength(smallCharter.roles.length);
      expect((await repository.list()).records.map((record) => record.value)).toEqual(
        smallCharter.roles,
      );

      const renamed = {
        roles: smallCharter.roles
          .filter((role) => role.id !== roles.it)
          .map((role) => (role.id === roles.lead ? { ...role, name: 'Head of CX' } : role)),
      };
      const second = await repository.syncFromCharter(renamed);
      expect(second).toEqual({ created: [], updated: [roles.lead], removed: [roles.it] });
      const executives = await repository.byDepartment('executive');
      expect(executives.records.map((record) => record.value.id)).toEqual([roles.sponsor]);

      const before = await mark();
      expect(await repository.syncFromCharter(renamed)).toEqual({
        created: [],
        updated: [],
        removed: [],
      });
      expect((await logSince(before)).map((entry) => entry.method)).toEqual(['GET']);
    });
  });

  describe('cadences', () => {
    it('keeps the cadence with its version and finds it by the series id it was given', async () => {
      const repository = createCadenceRepository(records);
      const saved = await repository.create({ cadence: councilCadence() });
      expect(saved.value).toEqual({ cadence: councilCadence() });
      const scheduled = await repository.recordSeriesId(saved, 'AAMkADseries==');
      expect(await repository.recordSeriesId(scheduled, 'AAMkADseries==')).toBe(scheduled);
      const found = await repository.findBySeriesId('AAMkADseries==');
      expect(found?.value).toEqual({ cadence: councilCadence(), seriesId: 'AAMkADseries==' });
      expect((await repository.read(cadenceId('cx-council')))?.etag).toBe(scheduled.etag);
      expect(await repository.findBySeriesId('unknown')).toBeUndefined();
    });
  });

  describe('meetings', () => {
    it('stores one item per occurrence in one $batch and lists them by scheduled start', async () => {
      const repository = createMeetingRepository(records);
      const later = meetingEntry({
        id: meetingId('meeting-2026-03-24'),
        occurrenceId: occurrenceId('2026-03-24T17:00:00Z'),
        scheduledStart: '2026-03-24T17:00:00Z',
      });
      const before = await mark();
      await repository.createMany([later, meetingEntry()]);
      // One lookup of both keys, one $batch with both creates.
      expect((await logSince(before)).filter((entry) => !entry.batchId)).toHaveLength(2);

      const listed = await repository.forCadence(cadenceId('cx-council'));
      expect(listed.records.map((record) => record.value.record.id)).toEqual([
        marchMeeting.meetingId,
        later.record.id,
      ]);
      const found = await repository.byOccurrence(
        cadenceId('cx-council'),
        marchMeeting.occurrenceId,
      );
      expect(found?.value).toEqual(meetingEntry());
    });

    it('records attendance and the summary’s publication', async () => {
      const repository = createMeetingRepository(records);
      const saved = await repository.create(meetingEntry());
      const next = {
        record: withAttendance(saved.value.record, {
          memberId: sam,
          department: 'sales',
          attended: true,
        }),
        summary: {
          state: 'published' as const,
          completedSteps: ['chatPosted', 'mailSent'],
          chatMessageId: '1712',
        },
      };
      await repository.update(saved, next);
      expect((await repository.read(marchMeeting.meetingId))?.value).toEqual(next);
    });
  });

  describe('decisions', () => {
    it('appends a recorded decision and approves it later', async () => {
      const repository = createDecisionRepository(records);
      // The service champion cannot approve journey decisions: pending approval by the CX lead.
      const pending = decide({
        ...marchMeeting,
        approver: { roleId: roles.service, memberId: members.service },
      });
      const saved = await repository.append(pending);
      expect(saved.value.status).toBe('pendingApproval');
      const approved = approveDecision({
        charter: smallCharter,
        decision: saved.value,
        memberId: members.lead,
        at: '2026-03-11T09:00:00Z',
      });
      await repository.update(saved, approved);
      expect((await repository.read(pending.id))?.value).toEqual(approved);
      expect((await repository.withStatus('approved')).records).toHaveLength(1);
      expect((await repository.withStatus('pendingApproval')).records).toHaveLength(0);
    });

    it('returns the stored decision when the same append is retried: one item', async () => {
      const repository = createDecisionRepository(records);
      const first = await repository.append(decision('d-1'));
      const again = await repository.append(decision('d-1'));
      expect(again).toEqual(first);
      expect((await repository.forMeeting(marchMeeting.meetingId)).records).toHaveLength(1);
    });

    it('refuses a different decision under an id already used', async () => {
      const repository = createDecisionRepository(records);
      await repository.append(decision('d-1', 'Offer callbacks'));
      await expect(repository.append(decision('d-1', 'Something else'))).rejects.toMatchObject({
        code: 'recordConflict',
        yours: { statement: 'Something else' },
        current: { value: { statement: 'Offer callbacks' } },
      });
    });

    it('reports a decision deleted in SharePoint meanwhile as a conflict with no current value', async () => {
      const repository = createDecisionRepository(records);
      const saved = await repository.append(decision('d-1'));
      await records.client.request({
        method: 'DELETE',
        url: `/sites/${records.siteId}/lists/${records.listIds.decisions}/items/${saved.itemId}`,
      });
      const failure = repository.update(saved, { ...saved.value, rationale: 'More detail' });
      await expect(failure).rejects.toMatchObject({ code: 'recordConflict', current: undefined });
      await expect(failure).rejects.toThrow(/Someone else deleted this decision/);
    });

    it('refuses two different decisions under one id in one append, writing nothing', async () => {
      const repository = createDecisionRepository(records);
      const before = await mark();
      await expect(
        repository.appendMany([decision('d-1', 'One'), decision('d-1', 'Another')]),
      ).rejects.toThrow(/Two different decisions share the id "d-1"/);
      expect(writesIn(await logSince(before))).toEqual([]);
    });

    it('follows every page of a meeting’s decisions', async () => {
      const repository = createDecisionRepository(records);
      const decisions = ['d-1', 'd-2', 'd-3', 'd-4', 'd-5'].map((id) => decision(id));
      await repository.appendMany(decisions);
      const before = await mark();
      const paged = await createRecordStore(records, decisionMapper).query(
        { MeetingId: marchMeeting.meetingId },
        { pageSize: 2 },
      );
      expect(paged.records.map((record) => record.value)).toEqual(decisions);
      expect(await logSince(before)).toHaveLength(3);
    });
  });

  describe('Mission Moments', () => {
    it('appends a captured moment and finds it by meeting and by presenter', async () => {
      const repository = createMissionMomentRepository(records);
      await repository.append(missionMoment('mm-1'));
      await repository.append(missionMoment('mm-2', dana));
      expect((await repository.read(missionMoment('mm-1').id))?.value).toEqual(
        missionMoment('mm-1'),
      );
      expect((await repository.forMeeting(marchMeeting.meetingId)).records).toHaveLength(2);
      const bySam = await repository.byPresenter(sam);
      expect(bySam.records.map((record) => record.value.id)).toEqual(['mm-1']);
    });
  });

  describe('action items', () => {
    it('keeps the action’s source and finds it by owner and by Planner task', async () => {
      const repository = createActionItemRepository(records);
      const action = createActionItem({
        id: actionItemId('a-1'),
        title: 'Draft the callback script',
        owner: sam,
        dueDate: '2026-03-31',
        meetingDate: '2026-03-10',
        source: { ...marchMeeting, decisionId: decision('d-1').id },
      });
      const saved = await repository.append(action);
      await repository.update(saved, { ...action, plannerTaskId: 'pbT7zYx' });
      expect((await repository.byPlannerTask('pbT7zYx'))?.value.source).toEqual(action.source);
      expect((await repository.byOwner(sam)).records).toHaveLength(1);
      expect((await repository.forMeeting(marchMeeting.meetingId)).records).toHaveLength(1);
      expect((await repository.byOwner(memberId('nobody'))).records).toHaveLength(0);
    });
  });

  describe('hand-edited items', () => {
    const editItem = async (fields: Record<string, unknown>) => {
      const saved = await createDecisionRepository(records).append(decision('d-1'));
      await records.client.request({
        method: 'PATCH',
        url: `/sites/${records.siteId}/lists/${records.listIds.decisions}/items/${saved.itemId}/fields`,
        body: fields,
      });
    };

    it.each<[string, Record<string, unknown>, RegExp]>([
      ['broken JSON', { RecordJson: '{"id": "d-1",' }, /RecordJson: the record is not valid JSON/],
      [
        'a record the domain refuses',
        { RecordJson: JSON.stringify({ ...decision('d-1'), statement: '', status: 'maybe' }) },
        /RecordJson\.statement: .*RecordJson\.status: The status must be/s,
      ],
      [
        'a filtered column edited alone',
        { Status: 'approved-ish' },
        /Status: the column says "approved-ish" but the record says "approved"/,
      ],
    ])('reports %s with the list, the item and the field', async (_case, fields, message) => {
      await editItem(fields);
      const repository = createDecisionRepository(records);
      const failure = repository.read(decision('d-1').id);
      await expect(failure).rejects.toBeInstanceOf(InvalidRecordError);
      await expect(failure).rejects.toThrow(message);
      await expect(failure).rejects.toThrow(/item 1 of the SharePoint list "CX Decisions"/);
    });

    it('lists the readable records and reports the unreadable one', async () => {
      await editItem({ RecordJson: 'not json' });
      const repository = createDecisionRepository(records);
      await repository.append(decision('d-2'));
      const result = await repository.forMeeting(marchMeeting.meetingId);
      expect(result.records.map((record) => record.value.id)).toEqual(['d-2']);
      expect(result.unreadable).toHaveLength(1);
      expect(result.unreadable[0]).toMatchObject({ itemId: '1', list: 'CX Decisions' });
    });
  });
});
