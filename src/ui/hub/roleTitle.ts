import type { CharterRole } from '../../domain/charter';

/** A role's name as the hub shows it, or its place in the roster while it has none. */
export const roleTitle = (role: CharterRole, index: number): string =>
  role.name.trim() || `Role ${index + 1} (unnamed)`;
