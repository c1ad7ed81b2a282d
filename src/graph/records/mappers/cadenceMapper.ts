import * as z from 'zod/mini';
import { validateCadence } from '../../../domain/cadence';
import type { Cadence } from '../../../domain/cadence';
import { ValidationError, parseWith } from '../../../domain/errors';
import type { RecordMapper } from '../listItemMapping';

/**
 * A cadence as CX Cadence keeps it: the domain aggregate and, once the scheduling flow has created
 * the meeting series, the Outlook id of its series master (the flow returns it; without it the app
 * could not update or cancel the series later).
 */
export interface CadenceRecord {
  readonly cadence: Cadence;
  /** The series master event's id in the organizer's calendar; absent until scheduled. */
  readonly seriesId?: string;
}

const cadenceRecordSchema = z.object({
  cadence: z.unknown(),
  seriesId: z.optional(
    z.string().check(z.trim(), z.minLength(1, 'The series id must not be empty')),
  ),
});

export const cadenceMapper: RecordMapper<CadenceRecord> = {
  list: 'cadences',
  noun: 'cadence',
  keyOf: (record) => record.cadence.id,
  titleOf: (record) => record.cadence.title,
  columnsOf: (record) => ({
    SeriesId: record.seriesId ?? null,
    CadenceVersion: record.cadence.version,
  }),
  parse: (json) => {
    const shape = parseWith(cadenceRecordSchema, json);
    let cadence: Cadence;
    try {
      cadence = validateCadence(shape.cadence);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      throw new ValidationError(
        error.issues.map((issue) => ({ ...issue, field: `cadence.${issue.field}` })),
      );
    }
    return shape.seriesId === undefined ? { cadence } : { cadence, seriesId: shape.seriesId };
  },
};
