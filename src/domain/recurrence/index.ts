/** Cadence recurrence: Graph's patternedRecurrence, the planner's vocabulary, Exchange's expansion. */
export {
  DAYS_OF_WEEK,
  DEFAULT_FIRST_DAY_OF_WEEK,
  DEFAULT_WEEK_INDEX,
  MAX_INTERVAL,
  MAX_NUMBER_OF_OCCURRENCES,
  MIN_INTERVAL,
  RECURRENCE_PATTERN_TYPES,
  RECURRENCE_RANGE_TYPES,
  WEEK_INDEXES,
  patternedRecurrenceSchema,
  validateRecurrence,
} from './patternedRecurrence';
export type {
  DayOfWeek,
  PatternedRecurrence,
  RecurrencePattern,
  RecurrencePatternType,
  RecurrenceRange,
  RecurrenceRangeType,
  WeekIndex,
} from './patternedRecurrence';
export {
  MIN_WEEKS_FOR_EVERY_N_WEEKS,
  MONTHS_PER_QUARTER,
  describeCadence,
  fromPatternedRecurrence,
  toPatternedRecurrence,
} from './cadenceFrequency';
export type {
  CadenceFrequency,
  CadenceFrequencyKind,
  CadenceRange,
  CadenceRangeKind,
  CadenceRecurrence,
  ToPatternedRecurrenceOptions,
} from './cadenceFrequency';
export {
  MAX_DURATION_MINUTES,
  MAX_EXPANDED_OCCURRENCES,
  expandOccurrences,
} from './expandOccurrences';
export type {
  ExpandOccurrencesOptions,
  Occurrence,
  OccurrenceWindow,
  SeriesStart,
} from './expandOccurrences';
