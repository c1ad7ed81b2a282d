import * as z from 'zod/mini';
import { isDepartment } from '../../../domain/charter';
import type { CharterRole, Department } from '../../../domain/charter';
import type { MemberId, RoleId } from '../../../domain/ids';
import { storedId } from './storedShapes';
import { parseWith } from '../../../domain/errors';
import type { RecordMapper } from '../listItemMapping';

const roleSchema = z.object({
  id: storedId<RoleId>('role'),
  name: z.string().check(z.trim(), z.minLength(1, 'The role needs a name')),
  responsibilities: z.array(z.string()),
  department: z.pipe(
    z.string().check(z.refine(isDepartment, { message: 'Choose one of the known departments' })),
    z.transform((value: string) => value as Department),
  ),
  memberIds: z.array(storedId<MemberId>('member')),
});

/** One item per charter role: who holds it, for people browsing the roster in SharePoint. */
export const rosterMapper: RecordMapper<CharterRole> = {
  list: 'roster',
  noun: 'role',
  keyOf: (role) => role.id,
  titleOf: (role) => role.name,
  columnsOf: (role) => ({ Department: role.department, Members: role.memberIds.join('; ') }),
  parse: (json) => parseWith(roleSchema, json),
};
