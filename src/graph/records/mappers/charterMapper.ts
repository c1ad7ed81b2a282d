import { validateCharter } from '../../../domain/charter';
import type { Charter } from '../../../domain/charter';
import type { RecordMapper } from '../listItemMapping';

/** The team has one charter: the single item of the "CX Charter" list, under this key. */
export const CHARTER_RECORD_KEY = 'charter';

/** The charter as one item: it is edited, validated and versioned as a whole. */
export const charterMapper: RecordMapper<Charter> = {
  list: 'charter',
  noun: 'charter',
  keyOf: () => CHARTER_RECORD_KEY,
  titleOf: () => 'CX Charter',
  columnsOf: () => ({}),
  parse: validateCharter,
};
