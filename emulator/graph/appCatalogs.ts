import { graphErrors } from '../core/errors';
import { isPlainObject, paramOf } from '../core/handlerHelpers';
import { collectionResponse, expandedNavigations, odataContext } from '../core/odata';
import type { EmulatorState, GraphJson } from '../core/state';
import type { HandlerContext, RouteDefinition } from '../core/types';

/**
 * The organisation's Teams app catalog (`/appCatalogs/teamsApps`), read from `state.teamsApps`.
 * Catalog entries are stored as Graph `teamsApp` JSON; `appDefinitions` may be stored with them
 * or is derived (one published definition) so `$expand=appDefinitions` always answers.
 * Also the helpers chats use to bind and describe apps (`teamsApp@odata.bind`).
 */

const TEAMS_APP_NAVIGATIONS = ['appDefinitions'] as const;
/** The page size Graph uses when no `$top` is sent. */
const CATALOG_PAGE_SIZE = 100;

// ---------- catalog entries ----------

/** The catalog entry as Graph returns it without `$expand` (no navigation properties). */
export function teamsAppSummary(app: GraphJson): GraphJson {
  return {
    id: app.id,
    externalId: app.externalId ?? null,
    displayName: app.displayName ?? null,
    distributionMethod: app.distributionMethod ?? 'organization',
  };
}

/** The app's definitions: stored ones, or one published definition derived from the entry. */
export function appDefinitionsOf(app: GraphJson): GraphJson[] {
  if (Array.isArray(app.appDefinitions)) return app.appDefinitions as GraphJson[];
  const version = typeof app.version === 'string' ? app.version : '1.0.0';
  return [
    {
      id: Buffer.from(`${String(app.id)}##${version}##Published`).toString('base64'),
      teamsAppId: app.id,
      displayName: app.displayName ?? null,
      version,
      publishingState: 'published',
      shortDescription: app.shortDescription ?? null,
      description: app.description ?? null,
      lastModifiedDateTime: null,
      createdBy: null,
      authorization: {
        clientAppId: null,
        requiredPermissionSet: { resourceSpecificPermissions: [] },
      },
    },
  ];
}

/** The definition an installation records: the latest one. */
export function currentAppDefinition(app: GraphJson): GraphJson {
  const definitions = appDefinitionsOf(app);
  return definitions[definitions.length - 1] as GraphJson;
}

export function findCatalogApp(state: EmulatorState, appId: string): GraphJson | undefined {
  return (
    state.teamsApps[appId] ??
    Object.values(state.teamsApps).find(
      (app) => String(app.id).toLowerCase() === appId.toLowerCase(),
    )
  );
}

/**
 * The app id in a `teamsApp@odata.bind` value. Graph takes
 * `https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/{id}`; the emulator's own base URL (or
 * a relative `appCatalogs/teamsApps/{id}`) works too. Throws Graph's 400 when missing or malformed.
 */
export function teamsAppIdFromBind(body: unknown): string {
  const bind = isPlainObject(body) ? body['teamsApp@odata.bind'] : undefined;
  if (typeof bind !== 'string') {
    throw graphErrors.badRequest('Invalid bind property name teamsApp in request.');
  }
  const match = /(?:^|\/)appCatalogs\/teamsApps(?:\/|\(')([^/'()?]+)'?\)?\/?(?:\?.*)?$/i.exec(
    bind.trim(),
  );
  if (!match?.[1]) {
    throw graphErrors.badRequest(
      `Invalid bind property value '${bind}' for teamsApp in request: expected .../appCatalogs/teamsApps/{id}.`,
    );
  }
  return decodeURIComponent(match[1]);
}

/** Removes `…@odata.bind` annotations, which body validation against the type would reject. */
export function withoutBindings(body: unknown): GraphJson {
  if (!isPlainObject(body)) return {};
  return Object.fromEntries(Object.entries(body).filter(([key]) => !key.endsWith('@odata.bind')));
}

// ---------- handlers ----------

function expandedTeamsApp(app: GraphJson, expand: Set<string>): GraphJson {
  const summary = teamsAppSummary(app);
  if (expand.has('appdefinitions')) summary.appDefinitions = appDefinitionsOf(app);
  return summary;
}

function listTeamsApps(context: HandlerContext) {
  const expand = expandedNavigations(context.request, TEAMS_APP_NAVIGATIONS, 'teamsApp');
  // Filter on the full entry (so `appDefinitions` paths resolve), then show what was asked for.
  const apps = Object.values(context.state.teamsApps).map((app) => ({
    ...teamsAppSummary(app),
    appDefinitions: appDefinitionsOf(app),
  }));
  return collectionResponse(context.request, context.graphBaseUrl, apps, {
    defaultPageSize: CATALOG_PAGE_SIZE,
    context: odataContext(context, 'appCatalogs/teamsApps'),
    project: (app) => expandedTeamsApp(app, expand),
  });
}

function getTeamsApp(context: HandlerContext) {
  const expand = expandedNavigations(context.request, TEAMS_APP_NAVIGATIONS, 'teamsApp');
  const appId = paramOf(context, 'teamsAppId');
  const app = findCatalogApp(context.state, appId);
  if (!app) throw graphErrors.notFound(`The teamsApp '${appId}' was not found.`, 'NotFound');
  return {
    status: 200,
    body: {
      '@odata.context': odataContext(context, 'appCatalogs/teamsApps/$entity'),
      ...expandedTeamsApp(app, expand),
    },
  };
}

export const appCatalogRoutes: RouteDefinition[] = [
  { method: 'GET', path: '/appCatalogs/teamsApps', handler: listTeamsApps },
  { method: 'GET', path: '/appCatalogs/teamsApps/{teamsAppId}', handler: getTeamsApp },
];
