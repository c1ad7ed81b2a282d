import * as z from 'zod/mini';
import { ACTION_TITLE_MAX_LENGTH, isCalendarDate } from '../../../domain/records';
import type { ActionItem } from '../../../domain/records';
import { parseWith } from '../../../domain/errors';
import type { RecordMapper } from '../listItemMapping';
import { storedId } from './storedShapes';
import type {
  ActionItemId,
  DecisionId,
  MeetingId,
  MemberId,
  MissionMomentId,
  OccurrenceId,
} from '../../../domain/ids';

const actionItemSchema = z.object({
  id: storedId<ActionItemId>('action'),
  title: z
    .string({ error: 'Give the action a title' })
    .check(
      z.trim(),
      z.minLength(1, 'Give the action a title'),
      z.maxLength(
        ACTION_TITLE_MAX_LENGTH,
        `Shorten the title to ${ACTION_TITLE_MAX_LENGTH} characters or fewer`,
      ),
    ),
  owner: storedId<MemberId>('owner'),
  dueDate: z
    .string()
    .check(z.refine(isCalendarDate, { message: 'The due date must be a date written YYYY-MM-DD' })),
  status: z.enum(['notStarted', 'inProgress', 'completed'], {
    error: 'The status must be notStarted, inProgress or completed',
  }),
  source: z.object({
    meetingId: storedId<MeetingId>('meeting'),
    occurrenceId: storedId<OccurrenceId>('occurrence'),
    decisionId: z.optional(storedId<DecisionId>('decision')),
    missionMomentId: z.optional(storedId<MissionMomentId>('Mission Moment')),
  }),
  plannerTaskId: z.optional(
    z.string().check(z.trim(), z.minLength(1, 'The Planner task id must not be empty')),
  ),
});

export const actionItemMapper: RecordMapper<ActionItem> = {
  list: 'actionItems',
  noun: 'action',
  keyOf: (action) => action.id,
  titleOf: (action) => action.title,
  columnsOf: (action) => ({
    MeetingId: action.source.meetingId,
    Owner: action.owner,
    PlannerTaskId: action.plannerTaskId ?? null,
    Status: action.status,
    DueDate: action.dueDate,
  }),
  parse: (json) => parseWith(actionItemSchema, json),
};
