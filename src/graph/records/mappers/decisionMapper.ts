import * as z from 'zod/mini';
import {
  DECISION_RATIONALE_MAX_LENGTH,
  DECISION_STATEMENT_MAX_LENGTH,
} from '../../../domain/records';
import type { Decision } from '../../../domain/records';
import { parseWith } from '../../../domain/errors';
import type { RecordMapper } from '../listItemMapping';
import { storedDateTime, storedId } from './storedShapes';
import type {
  DecisionCategoryId,
  DecisionId,
  MeetingId,
  MemberId,
  OccurrenceId,
  RoleId,
} from '../../../domain/ids';

// The domain validates a decision as it is recorded (against the charter); a stored one is checked
// for shape and the domain's limits here, since the charter may have changed since.
const assignment = z.object({
  roleId: storedId<RoleId>('role'),
  memberId: storedId<MemberId>('member'),
});

const decisionSchema = z.object({
  id: storedId<DecisionId>('decision'),
  meetingId: storedId<MeetingId>('meeting'),
  occurrenceId: storedId<OccurrenceId>('occurrence'),
  categoryId: storedId<DecisionCategoryId>('decision category'),
  statement: z
    .string({ error: 'Write what was decided' })
    .check(
      z.trim(),
      z.minLength(1, 'Write what was decided: the statement is required'),
      z.maxLength(
        DECISION_STATEMENT_MAX_LENGTH,
        `Shorten the statement to ${DECISION_STATEMENT_MAX_LENGTH} characters or fewer`,
      ),
    ),
  rationale: z
    .string({ error: 'The rationale must be text' })
    .check(
      z.maxLength(
        DECISION_RATIONALE_MAX_LENGTH,
        `Shorten the rationale to ${DECISION_RATIONALE_MAX_LENGTH} characters or fewer`,
      ),
    ),
  driver: assignment,
  approver: assignment,
  contributors: z.array(storedId<RoleId>('role')),
  informed: z.array(storedId<RoleId>('role')),
  decidedAt: storedDateTime('The decision time'),
  status: z.enum(['approved', 'pendingApproval', 'deferred', 'rejected'], {
    error: 'The status must be approved, pendingApproval, deferred or rejected',
  }),
  pendingApprovalBy: z.array(storedId<RoleId>('role')),
  statusNote: z.optional(z.string()),
  statusChangedAt: z.optional(storedDateTime('The status change time')),
});

export const decisionMapper: RecordMapper<Decision> = {
  list: 'decisions',
  noun: 'decision',
  keyOf: (decision) => decision.id,
  titleOf: (decision) => decision.statement,
  columnsOf: (decision) => ({
    MeetingId: decision.meetingId,
    OccurrenceId: decision.occurrenceId,
    Category: decision.categoryId,
    Status: decision.status,
    DecidedAt: decision.decidedAt,
  }),
  parse: (json) => parseWith(decisionSchema, json),
};
