import { GRAPH_PERMISSION_RULES } from '../graph/client/permissions';
import type { GraphPermissionRule } from '../graph/client/permissions';

/** The resource every delegated scope below belongs to. */
export const GRAPH_RESOURCE = 'https://graph.microsoft.com';
/** What the Graph client asks for when a call names no scopes (`DEFAULT_GRAPH_SCOPES`). */
export const GRAPH_DEFAULT_SCOPE = `${GRAPH_RESOURCE}/.default`;

/**
 * Permissions a broader one CX Cadence also needs already grants: asking for both would only make
 * the consent prompt longer. `Calendars.ReadWrite` reads what `Calendars.ReadBasic` reads, and so on.
 */
export const PERMISSIONS_GRANTED_BY: Readonly<Record<string, string>> = {
  'Calendars.ReadBasic': 'Calendars.ReadWrite',
  'Sites.Read.All': 'Sites.ReadWrite.All',
  'Sites.ReadWrite.All': 'Sites.Manage.All',
  'Tasks.Read': 'Tasks.ReadWrite',
};

/** One delegated permission the app asks the user (or admin) to consent to, and why. */
export interface DelegatedGraphScope {
  /** The permission's name, e.g. `Calendars.ReadWrite`. */
  readonly permission: string;
  /** What MSAL requests, e.g. `https://graph.microsoft.com/Calendars.ReadWrite`. */
  readonly scope: string;
  /** What CX Cadence does with it, in the user's words ("create or update meetings in your calendar"). */
  readonly neededTo: readonly string[];
}

/** `Sites.Read.All` → `Sites.Manage.All`: the permission that covers `permission` in the list. */
function grantingPermission(permission: string): string {
  const broader = PERMISSIONS_GRANTED_BY[permission];
  return broader === undefined ? permission : grantingPermission(broader);
}

function delegatedScopesOf(rules: readonly GraphPermissionRule[]): DelegatedGraphScope[] {
  const needs = new Map<string, string[]>();
  for (const rule of rules) {
    const permission = grantingPermission(rule.permission);
    needs.set(permission, [...(needs.get(permission) ?? []), rule.action]);
  }
  return [...needs].map(([permission, neededTo]) => ({
    permission,
    scope: `${GRAPH_RESOURCE}/${permission}`,
    neededTo,
  }));
}

/**
 * The delegated Graph permissions CX Cadence signs users in with: one per permission named by
 * `GRAPH_PERMISSION_RULES` (src/graph/client/permissions.ts, the single source of which operation
 * needs what), minus those a broader listed one already grants ({@link PERMISSIONS_GRANTED_BY}).
 * Register exactly these on the Entra app registration (API permissions → Microsoft Graph →
 * Delegated). `GroupMember.Read.All` always needs an admin's consent; the other `.All` permissions
 * may too in tenants that restrict user consent.
 */
export const GRAPH_DELEGATED_SCOPES: readonly DelegatedGraphScope[] =
  delegatedScopesOf(GRAPH_PERMISSION_RULES);

/** {@link GRAPH_DELEGATED_SCOPES} as the scope strings MSAL takes. */
export const GRAPH_SCOPES: readonly string[] = GRAPH_DELEGATED_SCOPES.map((entry) => entry.scope);

/**
 * The scopes to ask MSAL for when the Graph client asks for `scopes`. `.default` (what the client
 * asks for when a call names none) becomes {@link GRAPH_SCOPES}: the first consent then lists exactly
 * what CX Cadence uses, even where no admin consented ahead of time, and one cached token serves every
 * call. Anything else passes through.
 */
export function scopesToRequest(scopes: readonly string[]): string[] {
  const asked = scopes.length === 0 ? [GRAPH_DEFAULT_SCOPE] : scopes;
  const expanded = asked.flatMap((scope) =>
    scope.toLowerCase() === GRAPH_DEFAULT_SCOPE ? GRAPH_SCOPES : [scope],
  );
  return [...new Set(expanded)];
}
