import * as z from 'zod/mini';

/**
 * Zod pieces for checking records read back from SharePoint where the domain has no validator of
 * its own for the stored shape. Messages are for the person fixing a hand-edited item.
 */

/** A non-empty id, typed as the domain's branded id. */
export const storedId = <T extends string>(what: string) =>
  z.pipe(
    z
      .string({ error: `Say which ${what} this is` })
      .check(z.trim(), z.minLength(1, `Say which ${what} this is`)),
    z.transform((value: string) => value as T),
  );

export const storedDateTime = (what: string) =>
  z.iso.datetime({
    offset: true,
    error: `${what} must be an ISO date-time such as 2026-03-04T15:00:00Z`,
  });
