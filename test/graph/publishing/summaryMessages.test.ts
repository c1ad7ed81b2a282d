import { meetingId } from '../../../src/domain/ids';
import {
  SUMMARY_REFERENCE_PATTERN,
  mailedAddresses,
  splitSummaryRecipients,
  summaryChatMessage,
  summaryMail,
  summaryMailSubject,
  summaryReference,
} from '../../../src/graph/publishing';
import { demoAction } from '../planner/support';
import { demoSummary, recipient } from './support';

const actions = [
  demoAction({ id: 'a-1', title: 'Send the survey', owner: 'sam', dueDate: '2026-03-13' }),
  demoAction({ id: 'a-2', title: 'Share results', owner: 'sam', dueDate: '2026-03-20' }),
];
const summary = demoSummary({ actions, recipients: [recipient('sam'), recipient('grace')] });

describe('summaryReference', () => {
  it('is the same for the same meeting and revision, and new for a new revision', () => {
    const first = summaryReference({ meetingId: meetingId('m-1') });
    expect(first).toMatch(SUMMARY_REFERENCE_PATTERN);
    expect(summaryReference({ meetingId: meetingId('m-1'), revision: 1 })).toBe(first);
    expect(summaryReference({ meetingId: meetingId('m-1'), revision: 2 })).not.toBe(first);
    expect(summaryReference({ meetingId: meetingId('m-2') })).not.toBe(first);
  });

  it('rides in the mail subject', () => {
    expect(summaryMailSubject(summary, 'CXS-0123456789AB')).toBe(
      'Meeting summary: CX Council, Monday 2 March 2026 [CXS-0123456789AB]',
    );
  });
});

describe('summary messages', () => {
  it('puts the reference in the chat body in both formats', () => {
    for (const format of ['html', 'adaptiveCard'] as const) {
      const message = summaryChatMessage({ summary, reference: 'CXS-0123456789AB', format });
      expect(JSON.stringify(message)).toContain('CXS-0123456789AB');
    }
  });

  it('mentions an owner of two actions once above the card', () => {
    const message = summaryChatMessage({
      summary,
      reference: 'CXS-0123456789AB',
      format: 'adaptiveCard',
    });
    expect((message.mentions as unknown[]).length).toBe(1);
  });

  it('puts people outside the team on Bcc', () => {
    const split = splitSummaryRecipients(
      summary.recipients,
      new Set(['sam.taylor@contoso.example']),
    );
    expect(split).toEqual({ to: [recipient('sam')], bcc: [recipient('grace')] });
    const mail = summaryMail({ summary, reference: 'CXS-0123456789AB', recipients: split }) as {
      message: { bccRecipients: unknown[] };
      saveToSentItems: boolean;
    };
    expect(mail.saveToSentItems).toBe(true);
    expect(mail.message.bccRecipients).toEqual([
      { emailAddress: { name: 'Grace Liu', address: 'grace.liu@contoso.example' } },
    ]);
  });

  it('reads who was mailed from the sent copies, Bcc included, without regard to case', () => {
    expect(
      mailedAddresses([
        {
          toRecipients: [{ emailAddress: { address: 'Sam.Taylor@contoso.example' } }],
          bccRecipients: [{ emailAddress: { address: 'grace.liu@contoso.example' } }],
        },
      ]),
    ).toEqual(new Set(['sam.taylor@contoso.example', 'grace.liu@contoso.example']));
  });
});
