import { createDefaultCharter } from '../../../src/domain/charter';
import type { Charter } from '../../../src/domain/charter';
import { staticTokenProvider } from '../../../src/auth/tokenProvider';
import { createGraphClient } from '../../../src/graph/client';
import {
  RecordConflictError,
  RecordsAccessError,
  createCharterRepository,
  createDecisionRepository,
  provisionRecordLists,
} from '../../../src/graph/records';
import type { RecordsContext } from '../../../src/graph/records';
import { DEMO_OUTSIDER_UPNS } from '../../../emulator/seed/constants';
import { tokenFor } from '../../emulator/support/graphClient';
import { startEmulatorSession } from '../support/emulatorSession';
import type { EmulatorSession } from '../support/emulatorSession';
import {
  DEMO_CX_GROUP_ID,
  DEMO_CX_LEAD_UPN,
  DEMO_EXECUTIVE_SPONSOR_UPN,
  decision,
  marchMeeting,
  recordsFor,
} from './support';

describe('records under concurrency and faults', () => {
  let session: EmulatorSession;

  beforeAll(async () => {
    session = await startEmulatorSession();
  });
  beforeEach(() => session.reset('demo'));
  afterEach(() => session.faults(undefined));
  afterAll(() => session.close());

  it('keeps both decisions when two people append at the same time', async () => {
    const dana = createDecisionRepository(await recordsFor(session));
    const amara = createDecisionRepository(await recordsFor(session, DEMO_EXECUTIVE_SPONSOR_UPN));

    await Promise.all([
      dana.append(decision('d-dana', 'Offer callbacks instead of hold queues')),
      amara.append(decision('d-amara', 'Publish the returns policy in plain words')),
      dana.appendMany([decision('d-dana-2'), decision('d-dana-3')]),
      amara.appendMany([decision('d-amara-2'), decision('d-amara-3')]),
    ]);

    const { records } = await dana.forMeeting(marchMeeting.meetingId);
    expect(records.map((record) => record.value.id).sort()).toEqual(
      ['d-amara', 'd-amara-2', 'd-amara-3', 'd-dana', 'd-dana-2', 'd-dana-3'].sort(),
    );
  });

  describe('two people editing the charter', () => {
    const open = async () => {
      const dana = createCharterRepository(await recordsFor(session));
      const amara = createCharterRepository(await recordsFor(session, DEMO_EXECUTIVE_SPONSOR_UPN));
      await dana.create(createDefaultCharter());
      const danaCopy = await dana.read();
      const amaraCopy = await amara.read();
      if (!danaCopy || !amaraCopy) throw new Error('The charter was not saved');
      return { dana, amara, danaCopy, amaraCopy };
    };

    it('refuses the second save with both charters and keeps the first', async () => {
      const { dana, amara, danaCopy, amaraCopy } = await open();
      const danas: Charter = { ...danaCopy.value, vision: 'Customers find us easy to deal with.' };
      const amaras: Charter = { ...amaraCopy.value, mission: 'We keep every promise we make.' };

      await dana.update(danaCopy, danas);
      const failure = await amara.update(amaraCopy, amaras).catch((error: unknown) => error);

      expect(failure).toBeInstanceOf(RecordConflictError);
      const conflict = failure as RecordConflictError<Charter>;
      expect(conflict.yours).toEqual(amaras);
      expect(conflict.current?.value).toEqual(danas);
      expect(conflict.message).toMatch(/Someone else changed this charter/);
      expect((await dana.read())?.value).toEqual(danas);

      // Amara applies her change to Dana's version and saves against its ETag.
      const current = conflict.current;
      if (!current) throw new Error('The conflict should carry the current charter');
      const merged = { ...current.value, mission: amaras.mission };
      await amara.update(current, merged);
      expect((await dana.read())?.value).toEqual(merged);
    });

    it('accepts the second save when it is the very same change', async () => {
      const { dana, amara, danaCopy, amaraCopy } = await open();
      const change = (charter: Charter): Charter => ({ ...charter, vision: 'Same words.' });
      await dana.update(danaCopy, change(danaCopy.value));
      const second = await amara.update(amaraCopy, change(amaraCopy.value));
      expect(second.value.vision).toBe('Same words.');
    });
  });

  it('tells a person outside the CX group they cannot reach the records', async () => {
    const lead = await recordsFor(session);
    const outsider: RecordsContext = {
      ...lead,
      client: await session.clientFor(DEMO_OUTSIDER_UPNS[0] as string),
    };
    const failure = createDecisionRepository(outsider).append(decision('d-1'));
    await expect(failure).rejects.toBeInstanceOf(RecordsAccessError);
    await expect(failure).rejects.toThrow(
      /You cannot reach the CX team's records.*ask the team's owner to add you/,
    );
    expect(
      (await createDecisionRepository(lead).forMeeting(marchMeeting.meetingId)).records,
    ).toEqual([]);
  });

  it.each([7, 42, 2026])(
    'ends a throttled, failing drill (seed %i) with ten decisions and no duplicate',
    async (seed) => {
      const client = createGraphClient({
        baseUrl: session.emulator.graphUrl,
        tokenProvider: staticTokenProvider(await tokenFor(session.emulator, DEMO_CX_LEAD_UPN)),
        sleep: () => Promise.resolve(),
        retry: { maxRetries: 10 },
      });
      await session.faults({ throttleRate: 0.3, serverErrorRate: 0.1, seed });

      const location = await provisionRecordLists({ client, groupId: DEMO_CX_GROUP_ID });
      const repository = createDecisionRepository({ client, ...location });
      const ten = Array.from({ length: 10 }, (_, index) => decision(`d-${index + 1}`));
      await Promise.all(ten.slice(0, 5).map((item) => repository.append(item)));
      await repository.appendMany(ten.slice(3)); // overlaps: a retried publish
      await repository.appendMany(ten); // and the whole run again

      const log = await session.requests();
      expect(log.some((entry) => entry.status === 429)).toBe(true);
      expect(log.some((entry) => entry.status === 503)).toBe(true);
      await session.faults(undefined);
      const again = await provisionRecordLists({ client, groupId: DEMO_CX_GROUP_ID });
      expect(again.createdLists).toEqual([]);
      const { records } = await repository.forMeeting(marchMeeting.meetingId);
      expect(records.map((record) => record.value).sort(byId)).toEqual([...ten].sort(byId));
    },
  );
});

const byId = (left: { id: string }, right: { id: string }) => left.id.localeCompare(right.id);
