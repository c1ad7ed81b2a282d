import { requireGroupMember } from '../core/access';
import { GraphHttpError, graphErrors } from '../core/errors';
import { utcSeconds } from '../core/dates';
import { isPlainObject, objectBody, paramOf, preferenceOf } from '../core/handlerHelpers';
import {
  applySelect,
  collectionResponse,
  entityResponse,
  filterProperties,
  isSelected,
  odataContext,
  parseExpand,
  parseFilter,
  selectedNames,
  type ExpandItem,
} from '../core/odata';
import type { GraphJson, StoredList, StoredListItem, StoredSite } from '../core/state';
import type { GraphRequest, GraphResponse, HandlerContext, RouteDefinition } from '../core/types';

/**
 * SharePoint sites, lists and list items as Graph exposes them (`/sites/{id}/lists/{id}/items`).
 * A caller reaches a site only through the Microsoft 365 group that owns it. List items behave as
 * SharePoint's do: integer ids, ETags `"<uniqueId>,<version>"` whose version grows on every write,
 * `If-Match` enforced (412), unknown fields refused, and filters or sorts on a column that is not
 * indexed refused unless the client sends `Prefer: HonorNonIndexedQueriesWarningMayFailRandomly`.
 */

/** Graph's page size for list items (and lists) when the client sends no `$top`. */
export const LIST_ITEM_PAGE_SIZE = 200;

const HONOR_NON_INDEXED = 'HonorNonIndexedQueriesWarningMayFailRandomly';

// ---------- small helpers ----------

function sameText(left: unknown, right: string): boolean {
  return typeof left === 'string' && left.toLowerCase() === right.toLowerCase();
}

function invalidRequest(message: string): GraphHttpError {
  return graphErrors.invalidRequest(message);
}

function bodyObject(context: HandlerContext): GraphJson {
  return objectBody(context, () => invalidRequest('The request body must be a JSON object.'));
}

/** `identitySet` of a user as SharePoint fills createdBy/lastModifiedBy. */
function identityOf(context: HandlerContext, userId: string): GraphJson {
  const user = context.state.users[userId]?.user ?? {};
  return {
    user: {
      email: user.mail ?? user.userPrincipalName ?? null,
      id: userId,
      displayName: user.displayName ?? null,
    },
  };
}

/**
 * The user's id in the site's user information list (what `AuthorLookupId` holds). SharePoint
 * numbers users as they first touch the site; a stable number per tenant user serves the same.
 */
function siteUserLookupId(context: HandlerContext, userId: string): string {
  const index = Object.keys(context.state.users).sort().indexOf(userId);
  return String(index < 0 ? 1 : index + 7);
}

// ---------- $expand and $select ----------

/** The `$expand` item naming `name` (Graph also reads `expand` without the `$`). */
function expansionOf(request: GraphRequest, name: string): ExpandItem | undefined {
  const raw = request.query.get('$expand') ?? request.query.get('expand') ?? '';
  return parseExpand(raw).find((expansion) => sameText(expansion.name, name));
}

/**
 * A collection whose items carry an expanded navigation property: `$select` is applied per item
 * here (so it cannot drop the expansion), and the nextLink keeps the client's `$select`.
 */
function collectionWithExpansion(
  context: HandlerContext,
  all: readonly GraphJson[],
  options: {
    odataContext: string;
    present: (item: GraphJson, select: string | null) => GraphJson;
  },
): GraphResponse {
  const select = context.request.query.get('$select');
  const query = new URLSearchParams(context.request.query);
  query.delete('$select');
  const response = collectionResponse({ ...context.request, query }, context.graphBaseUrl, all, {
    defaultPageSize: LIST_ITEM_PAGE_SIZE,
    context: options.odataContext,
    project: (item) => options.present(item, select),
  });
  const nextLink = response.body['@odata.nextLink'];
  if (select && typeof nextLink === 'string') {
    const url = new URL(nextLink);
    url.searchParams.set('$select', select);
    response.body['@odata.nextLink'] = url.toString();
  }
  return response;
}

// ---------- sites ----------

function findSite(context: HandlerContext, siteId: string): StoredSite {
  const site =
    context.state.sites[siteId] ??
    Object.values(context.state.sites).find((candidate) => sameText(candidate.site.id, siteId));
  if (!site) throw graphErrors.notFound('Requested site could not be found', 'itemNotFound');
  requireGroupMember(context, site.groupId);
  return site;
}

function siteIdOf(site: StoredSite): string {
  return String(site.site.id);
}

function presentSite(context: HandlerContext, site: StoredSite): GraphResponse {
  return entityResponse(context.request, odataContext(context, 'sites/$entity'), site.site);
}

function getGroupRootSite(context: HandlerContext): GraphResponse {
  const group = requireGroupMember(context, paramOf(context, 'groupId'));
  const site = group.siteId ? context.state.sites[group.siteId] : undefined;
  if (!site) throw graphErrors.notFound('Requested site could not be found', 'itemNotFound');
  return presentSite(context, site);
}

function getSite(context: HandlerContext): GraphResponse {
  return presentSite(context, findSite(context, paramOf(context, 'siteId')));
}

// ---------- columns ----------

/** Column types a columnDefinition names by carrying the facet of that name. */
const COLUMN_TYPE_FACETS = [
  'text',
  'number',
  'dateTime',
  'boolean',
  'choice',
  'personOrGroup',
  'lookup',
  'currency',
  'hyperlinkOrPicture',
  'calculated',
  'geolocation',
  'term',
] as const;
type ColumnType = (typeof COLUMN_TYPE_FACETS)[number] | 'computed';

/** What SharePoint fills in for a facet the client sent empty (`"number": {}`). */
const FACET_DEFAULTS: Readonly<Record<string, GraphJson>> = {
  text: {
    allowMultipleLines: false,
    appendChangesToExistingText: false,
    linesForEditing: 0,
    maxLength: 255,
  },
  number: {
    decimalPlaces: 'automatic',
    displayAs: 'number',
    maximum: 1.7976931348623157e308,
    minimum: -1.7976931348623157e308,
  },
  dateTime: { displayAs: 'default', format: 'dateTime' },
  boolean: {},
  choice: { allowTextEntry: true, choices: [], displayAs: 'dropDownMenu' },
  personOrGroup: {
    allowMultipleSelection: false,
    chooseFromType: 'peopleOnly',
    displayAs: 'nameWithPresence',
  },
  currency: { locale: 'en-us' },
};

function columnTypeOf(column: GraphJson): ColumnType {
  return COLUMN_TYPE_FACETS.find((facet) => isPlainObject(column[facet])) ?? 'computed';
}

function isLookupLike(column: GraphJson): boolean {
  const type = columnTypeOf(column);
  return type === 'personOrGroup' || type === 'lookup';
}

function builtInColumn(
  name: string,
  id: string,
  displayName: string,
  facet: ColumnType,
  options: { readOnly?: boolean; indexed?: boolean; required?: boolean } = {},
): GraphJson {
  const column: GraphJson = {
    columnGroup: options.readOnly ? '_Hidden' : 'Custom Columns',
    description: '',
    displayName,
    enforceUniqueValues: false,
    hidden: false,
    id,
    indexed: options.indexed ?? false,
    name,
    readOnly: options.readOnly ?? false,
    required: options.required ?? false,
  };
  if (facet !== 'computed') column[facet] = { ...(FACET_DEFAULTS[facet] ?? {}) };
  return column;
}

/**
 * The columns every `genericList` starts with, with SharePoint's well-known field ids. `ID` is the
 * list's key, so SharePoint always lets a query use it; the others start unindexed.
 */
function genericListColumns(): GraphJson[] {
  const readOnly = { readOnly: true };
  return [
    builtInColumn('Title', 'fa564e0f-0c70-4ab9-b863-0177e6ddd247', 'Title', 'text', {
      required: true,
    }),
    builtInColumn('ID', '1d22ea11-1e32-424e-89ab-9fedbadb6ce1', 'ID', 'number', {
      readOnly: true,
      indexed: true,
    }),
    builtInColumn(
      'ContentType',
      'c042a256-787d-4a6f-8a8a-cf6ab767f12d',
      'Content Type',
      'computed',
      readOnly,
    ),
    builtInColumn(
      'Modified',
      '28cf69c5-fa48-462a-b5cd-27b6f9d2bd5f',
      'Modified',
      'dateTime',
      readOnly,
    ),
    builtInColumn(
      'Created',
      '8c06beca-0777-48f7-91c7-6da68bc07b69',
      'Created',
      'dateTime',
      readOnly,
    ),
    builtInColumn(
      'Author',
      '1df5e554-ec7e-46a6-901d-d85a3881cb18',
      'Created By',
      'personOrGroup',
      readOnly,
    ),
    builtInColumn(
      'Editor',
      'd31655d1-1d5b-4511-95a1-7a09e9b75bf2',
      'Modified By',
      'personOrGroup',
      readOnly,
    ),
    builtInColumn(
      '_UIVersionString',
      'dce8262a-3ae9-45aa-aab4-83bd75fb738a',
      'Version',
      'text',
      readOnly,
    ),
    builtInColumn(
      'Attachments',
      '67df98f4-9dec-48ff-a553-29bece9c5bf4',
      'Attachments',
      'boolean',
      readOnly,
    ),
    builtInColumn('Edit', '503f1caa-358e-4918-9094-4a2cdc4bc034', 'Edit', 'computed', readOnly),
    builtInColumn(
      'LinkTitleNoMenu',
      'bc91a437-52e7-49e1-8c4e-4698904b2b6d',
      'Title',
      'computed',
      readOnly,
    ),
    builtInColumn(
      'LinkTitle',
      '82642ec8-ef9b-478f-acf9-31f7d45fbc31',
      'Title',
      'computed',
      readOnly,
    ),
    builtInColumn(
      'ItemChildCount',
      'b824e17e-a1b3-426e-aecf-f0184d900485',
      'Item Child Count',
      'computed',
      readOnly,
    ),
    builtInColumn(
      'FolderChildCount',
      '960ff01f-2b6d-4f1b-9c3f-e19ad8927341',
      'Folder Child Count',
      'computed',
      readOnly,
    ),
  ];
}

function columnsOf(list: StoredList): GraphJson[] {
  const columns = list.list.columns;
  return Array.isArray(columns) ? (columns as GraphJson[]) : [];
}

function findColumn(list: StoredList, nameOrId: string): GraphJson | undefined {
  const columns = columnsOf(list);
  return (
    columns.find((column) => column.name === nameOrId || column.id === nameOrId) ??
    columns.find((column) => sameText(column.name, nameOrId) || sameText(column.id, nameOrId))
  );
}

/** A `columnDefinition` from the client, completed as SharePoint completes it. */
function buildColumn(context: HandlerContext, input: GraphJson, list?: StoredList): GraphJson {
  const displayName = typeof input.displayName === 'string' ? input.displayName : undefined;
  const name =
    typeof input.name === 'string' && input.name.trim() !== ''
      ? input.name.trim()
      : displayName?.replace(/[^A-Za-z0-9_]/g, '');
  if (!name) throw invalidRequest("A column must have a 'name'.");
  if (list && findColumn(list, name)) {
    throw graphErrors.conflict(`A duplicate field name "${name}" was found.`, 'nameAlreadyExists');
  }
  const facets = COLUMN_TYPE_FACETS.filter((facet) => input[facet] !== undefined);
  if (facets.length > 1) {
    throw invalidRequest(`A column can only have one type; '${name}' has ${facets.join(', ')}.`);
  }
  const facet = facets[0] ?? 'text';
  const given = isPlainObject(input[facet]) ? (input[facet] as GraphJson) : {};
  return {
    columnGroup: 'Custom Columns',
    description: typeof input.description === 'string' ? input.description : '',
    displayName: displayName ?? name,
    enforceUniqueValues: input.enforceUniqueValues === true,
    hidden: input.hidden === true,
    id: context.newId(),
    indexed: input.indexed === true,
    name,
    readOnly: false,
    required: input.required === true,
    [facet]: { ...(FACET_DEFAULTS[facet] ?? {}), ...given },
  };
}

function columnsContext(context: HandlerContext, site: StoredSite, list: StoredList): string {
  return odataContext(
    context,
    `sites('${siteIdOf(site)}')/lists('${String(list.list.id)}')/columns`,
  );
}

function listColumns(context: HandlerContext): GraphResponse {
  const { site, list } = resolveList(context);
  return collectionResponse(context.request, context.graphBaseUrl, columnsOf(list), {
    defaultPageSize: LIST_ITEM_PAGE_SIZE,
    context: columnsContext(context, site, list),
  });
}

function getColumn(context: HandlerContext): GraphResponse {
  const { site, list } = resolveList(context);
  const column = requireColumn(list, paramOf(context, 'columnId'));
  return entityResponse(context.request, `${columnsContext(context, site, list)}/$entity`, column);
}

function requireColumn(list: StoredList, nameOrId: string): GraphJson {
  const column = findColumn(list, nameOrId);
  if (!column) throw graphErrors.notFound('The specified column was not found.', 'itemNotFound');
  return column;
}

/** `POST …/columns`: the app versions its list schema by adding columns later. */
function createColumn(context: HandlerContext): GraphResponse {
  const { site, list } = resolveList(context);
  const input = context.validateBody('microsoft.graph.columnDefinition', bodyObject(context));
  const column = buildColumn(context, input, list);
  list.list.columns = [...columnsOf(list), column];
  list.list.lastModifiedDateTime = utcSeconds(context.now());
  context.markChanged();
  return {
    status: 201,
    body: { '@odata.context': `${columnsContext(context, site, list)}/$entity`, ...column },
  };
}

/** Properties of a column a PATCH may change; `name` (SharePoint's internal name) is fixed. */
const UPDATABLE_COLUMN_PROPERTIES = [
  'description',
  'displayName',
  'enforceUniqueValues',
  'hidden',
  'indexed',
  'required',
] as const;

function updateColumn(context: HandlerContext): GraphResponse {
  const { site, list } = resolveList(context);
  const column = requireColumn(list, paramOf(context, 'columnId'));
  const input = context.validateBody('microsoft.graph.columnDefinition', bodyObject(context));
  if (input.name !== undefined && input.name !== column.name) {
    throw invalidRequest("The 'name' of a column cannot be changed.");
  }
  if (
    column.readOnly === true &&
    Object.keys(input).some((key) => key !== 'indexed' && key !== 'name')
  ) {
    throw graphErrors.badRequest(`Column '${String(column.name)}' is read-only.`, 'notAllowed');
  }
  for (const property of UPDATABLE_COLUMN_PROPERTIES) {
    if (input[property] !== undefined) column[property] = input[property];
  }
  const type = columnTypeOf(column);
  if (type !== 'computed' && isPlainObject(input[type])) {
    column[type] = { ...(column[type] as GraphJson), ...(input[type] as GraphJson) };
  }
  list.list.lastModifiedDateTime = utcSeconds(context.now());
  context.markChanged();
  return {
    status: 200,
    body: { '@odata.context': `${columnsContext(context, site, list)}/$entity`, ...column },
  };
}

// ---------- lists ----------

/** Characters SharePoint leaves out of a list's URL name. */
const URL_UNSAFE = /["#%&*:<>?\\/{|}~]/g;

function listEtag(guid: string, version: number): string {
  return `"${guid},${version}"`;
}

function findList(site: StoredSite, idOrTitle: string): StoredList | undefined {
  const lists = Object.values(site.lists);
  return (
    site.lists[idOrTitle] ??
    lists.find((list) => sameText(list.list.id, idOrTitle)) ??
    lists.find((list) => sameText(list.list.displayName, idOrTitle)) ??
    lists.find((list) => sameText(list.list.name, idOrTitle))
  );
}

/** The site (caller must belong to its group) and the list named by `{listId}` (id or title). */
function resolveList(context: HandlerContext): { site: StoredSite; list: StoredList } {
  const site = findSite(context, paramOf(context, 'siteId'));
  const list = findList(site, paramOf(context, 'listId'));
  if (!list) throw graphErrors.notFound('The specified list was not found', 'itemNotFound');
  return { site, list };
}

/** The list as Graph returns it: `columns` only when expanded. */
function presentList(stored: GraphJson, request: GraphRequest, select: string | null): GraphJson {
  const { columns, ...list } = stored;
  const presented = applySelect(list, select);
  const expansion = expansionOf(request, 'columns');
  if (expansion) {
    const all = Array.isArray(columns) ? (columns as GraphJson[]) : [];
    presented.columns = expansion.select
      ? all.map((column) => applySelect(column, expansion.select?.join(',') ?? null))
      : all;
  }
  return presented;
}

function listsContext(context: HandlerContext, site: StoredSite): string {
  return odataContext(context, `sites('${siteIdOf(site)}')/lists`);
}

function listLists(context: HandlerContext): GraphResponse {
  const site = findSite(context, paramOf(context, 'siteId'));
  const lists = Object.values(site.lists).map((list) => list.list);
  return collectionWithExpansion(context, lists, {
    odataContext: listsContext(context, site),
    present: (list, select) => presentList(list, context.request, select),
  });
}

function getList(context: HandlerContext): GraphResponse {
  const { site, list } = resolveList(context);
  return {
    status: 200,
    body: {
      '@odata.context': `${listsContext(context, site)}/$entity`,
      ...presentList(list.list, context.request, context.request.query.get('$select')),
    },
  };
}

/**
 * `POST /sites/{id}/lists`: SharePoint assigns the URL name itself (a client `name` is refused),
 * adds the template's columns (a generic list has Title) before the client's, and refuses a second
 * list with the same title with 409.
 */
function createList(context: HandlerContext): GraphResponse {
  const site = findSite(context, paramOf(context, 'siteId'));
  const body = bodyObject(context);
  const { columns: columnInput, ...listInput } = body;
  const input = context.validateBody('microsoft.graph.list', listInput);
  if (input.name !== undefined) {
    throw invalidRequest(
      "Cannot define a 'name' for a list as it is assigned by the server. Instead, provide 'displayName'",
    );
  }
  const displayName = typeof input.displayName === 'string' ? input.displayName.trim() : '';
  if (!displayName) throw invalidRequest("A list must have a 'displayName'.");
  if (findList(site, displayName)) {
    throw graphErrors.conflict(
      'A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.',
      'nameAlreadyExists',
    );
  }
  if (columnInput !== undefined && !Array.isArray(columnInput)) {
    throw invalidRequest("The 'columns' of a list must be an array.");
  }
  const listFacet = isPlainObject(input.list) ? input.list : {};
  const id = context.newId();
  const created = utcSeconds(context.now());
  const name = displayName.replace(URL_UNSAFE, '').trim();
  const stored: StoredList = {
    list: {
      '@odata.etag': listEtag(id, 0),
      createdDateTime: created,
      description: typeof input.description === 'string' ? input.description : '',
      eTag: listEtag(id, 0),
      id,
      lastModifiedDateTime: created,
      name,
      webUrl: `${String(site.site.webUrl)}/Lists/${encodeURIComponent(name)}`,
      displayName,
      createdBy: identityOf(context, context.callerId),
      parentReference: { siteId: siteIdOf(site) },
      list: {
        contentTypesEnabled: listFacet.contentTypesEnabled === true,
        hidden: listFacet.hidden === true,
        template: typeof listFacet.template === 'string' ? listFacet.template : 'genericList',
      },
      columns: [],
    },
    items: {},
    nextItemId: 1,
  };
  stored.list.columns = genericListColumns();
  for (const raw of (columnInput as unknown[] | undefined) ?? []) {
    if (!isPlainObject(raw)) throw invalidRequest('Each column must be a JSON object.');
    const column = context.validateBody('microsoft.graph.columnDefinition', raw);
    stored.list.columns = [...columnsOf(stored), buildColumn(context, column, stored)];
  }
  site.lists[id] = stored;
  context.markChanged();
  return {
    status: 201,
    headers: { location: `${context.graphBaseUrl}/sites/${siteIdOf(site)}/lists/${id}` },
    body: {
      '@odata.context': `${listsContext(context, site)}/$entity`,
      ...presentList(
        stored.list,
        { ...context.request, query: new URLSearchParams('$expand=columns') },
        null,
      ),
    },
  };
}

// ---------- list items: fields ----------

/** Fields SharePoint computes on every item; a client cannot write them. */
const SYSTEM_FIELDS = new Set([
  'id',
  'ContentType',
  'Modified',
  'Created',
  'AuthorLookupId',
  'EditorLookupId',
  '_UIVersionString',
  'Attachments',
  'Edit',
  'LinkTitleNoMenu',
  'LinkTitle',
  'ItemChildCount',
  'FolderChildCount',
  '_ComplianceFlags',
  '_ComplianceTag',
  '_ComplianceTagWrittenTime',
  '_ComplianceTagUserId',
]);

/** The column a field name refers to: its own name, or `<Name>LookupId` for a person or lookup. */
function columnForField(
  list: StoredList,
  fieldName: string,
): { column: GraphJson; key: string } | undefined {
  const direct = findColumn(list, fieldName);
  if (direct) return { column: direct, key: String(direct.name) };
  const lookup = /^(.+)LookupId$/i.exec(fieldName);
  const base = lookup?.[1] ? findColumn(list, lookup[1]) : undefined;
  if (base && isLookupLike(base)) return { column: base, key: `${String(base.name)}LookupId` };
  return undefined;
}

function fieldNotRecognized(name: string): GraphHttpError {
  return invalidRequest(`Field '${name}' is not recognized`);
}

function invalidFieldValue(name: string, type: string): GraphHttpError {
  return invalidRequest(`Invalid value for field '${name}': a ${type} column cannot hold it.`);
}

/** A written value in the form SharePoint stores and returns for the column's type. */
function coerceFieldValue(column: GraphJson, key: string, value: unknown): unknown {
  const type = columnTypeOf(column);
  if (key.endsWith('LookupId') && isLookupLike(column)) {
    if (typeof value === 'number' || (typeof value === 'string' && /^\d+$/.test(value))) {
      return String(value);
    }
    throw invalidFieldValue(key, 'lookup id');
  }
  switch (type) {
    case 'number':
    case 'currency': {
      const number =
        typeof value === 'number'
          ? value
          : typeof value === 'string' && value.trim() !== ''
            ? Number(value)
            : NaN;
      if (Number.isNaN(number)) throw invalidFieldValue(key, type);
      return number;
    }
    case 'boolean':
      if (typeof value === 'boolean') return value;
      if (value === 'true' || value === 1 || value === '1') return true;
      if (value === 'false' || value === 0 || value === '0') return false;
      throw invalidFieldValue(key, type);
    case 'dateTime': {
      const time = typeof value === 'string' ? Date.parse(value) : NaN;
      if (Number.isNaN(time)) throw invalidFieldValue(key, type);
      return utcSeconds(new Date(time));
    }
    case 'choice':
      if (Array.isArray(value) && value.every((entry) => typeof entry === 'string')) return value;
      if (typeof value === 'string') return value;
      throw invalidFieldValue(key, type);
    case 'personOrGroup':
    case 'lookup':
      throw invalidRequest(`Field '${key}' is a ${type} column: write '${key}LookupId' instead.`);
    default:
      if (typeof value === 'string') return value;
      if (typeof value === 'number' || typeof value === 'boolean') return String(value);
      throw invalidFieldValue(key, type);
  }
}

/**
 * Applies a client's field values to the item's own (non-system) values. Annotations such as
 * `@odata.etag` are ignored; null clears a value; unknown and read-only fields are refused.
 */
function writeFields(list: StoredList, current: GraphJson, input: GraphJson): GraphJson {
  const next: GraphJson = { ...current };
  for (const [name, value] of Object.entries(input)) {
    if (name.startsWith('@') || name.includes('@odata.')) continue;
    const target = columnForField(list, name);
    if (!target) throw fieldNotRecognized(name);
    if (target.column.readOnly === true || SYSTEM_FIELDS.has(target.key)) {
      throw invalidRequest(`Field '${name}' is read-only`);
    }
    if (value === null) Reflect.deleteProperty(next, target.key);
    else next[target.key] = coerceFieldValue(target.column, target.key, value);
  }
  return next;
}

/**
 * SharePoint refuses a write that would give two items the same value in a column with
 * `enforceUniqueValues` (text compared without regard to case, as SharePoint does).
 */
function checkUniqueValues(list: StoredList, own: GraphJson, itemId?: string): void {
  for (const column of columnsOf(list).filter(
    (candidate) => candidate.enforceUniqueValues === true,
  )) {
    const name = String(column.name);
    const value = own[name];
    if (value === undefined || value === null) continue;
    const clash = Object.values(list.items).some(
      (other) => String(other.item.id) !== itemId && sameFieldValue(other.fields[name], value),
    );
    if (clash) {
      throw graphErrors.conflict(
        'The list item could not be added or updated because duplicate values were found in the following field(s) in the list: ' +
          `${name}.`,
        'nameAlreadyExists',
      );
    }
  }
}

function sameFieldValue(left: unknown, right: unknown): boolean {
  if (typeof left === 'string' && typeof right === 'string') return sameText(left, right);
  return left === right;
}

function ownFields(fields: GraphJson): GraphJson {
  return Object.fromEntries(
    Object.entries(fields).filter(([key]) => key !== '@odata.etag' && !SYSTEM_FIELDS.has(key)),
  );
}

// ---------- list items ----------

interface ItemVersion {
  readonly uniqueId: string;
  readonly version: number;
}

function versionOf(stored: StoredListItem): ItemVersion {
  const match = /^"(.+),(\d+)"$/.exec(String(stored.item.eTag));
  return { uniqueId: match?.[1] ?? String(stored.item.id), version: Number(match?.[2] ?? 1) };
}

/**
 * Writes an item's metadata and fields for a given version: ETag `"<uniqueId>,<version>"`,
 * Modified/Editor of this write, and the fields SharePoint computes.
 */
function composeItem(
  context: HandlerContext,
  list: StoredList,
  site: StoredSite,
  options: {
    id: string;
    uniqueId: string;
    version: number;
    created: string;
    createdById: string;
    own: GraphJson;
  },
): StoredListItem {
  const modified = utcSeconds(context.now());
  const etag = listEtag(options.uniqueId, options.version);
  const title = typeof options.own.Title === 'string' ? options.own.Title : '';
  const item: GraphJson = {
    '@odata.etag': etag,
    createdDateTime: options.created,
    eTag: etag,
    id: options.id,
    lastModifiedDateTime: modified,
    webUrl: `${String(list.list.webUrl)}/${options.id}_.000`,
    createdBy: identityOf(context, options.createdById),
    lastModifiedBy: identityOf(context, context.callerId),
    parentReference: { id: String(list.list.id), siteId: siteIdOf(site) },
    contentType: {
      id: `0x0100${String(list.list.id).replace(/-/g, '').toUpperCase()}`,
      name: 'Item',
    },
    sharepointIds: {
      listId: String(list.list.id),
      listItemId: options.id,
      listItemUniqueId: options.uniqueId,
      siteId: siteIdOf(site),
      siteUrl: String(site.site.webUrl),
    },
  };
  const fields: GraphJson = {
    '@odata.etag': etag,
    ...options.own,
    id: options.id,
    ContentType: 'Item',
    Modified: modified,
    Created: options.created,
    AuthorLookupId: siteUserLookupId(context, options.createdById),
    EditorLookupId: siteUserLookupId(context, context.callerId),
    _UIVersionString: `${options.version}.0`,
    Attachments: false,
    Edit: '',
    LinkTitleNoMenu: title,
    LinkTitle: title,
    ItemChildCount: '0',
    FolderChildCount: '0',
    _ComplianceFlags: '',
    _ComplianceTag: '',
    _ComplianceTagWrittenTime: '',
    _ComplianceTagUserId: '',
  };
  return { item, fields };
}

function createdById(stored: StoredListItem): string {
  const createdBy = stored.item.createdBy;
  const user = isPlainObject(createdBy) && isPlainObject(createdBy.user) ? createdBy.user : {};
  return String(user.id ?? '');
}

function findItem(list: StoredList, itemId: string): StoredListItem {
  const stored = list.items[itemId];
  if (!stored) throw graphErrors.notFound('The resource could not be found.', 'itemNotFound');
  return stored;
}

/**
 * `If-Match` on an item: `*` or the item's current ETag (quoted or not, weak or strong), or 412.
 * The ETag holds a comma, so it is compared whole rather than split as a list.
 */
function checkItemIfMatch(context: HandlerContext, stored: StoredListItem): void {
  const sent = context.request.headers['if-match'];
  if (sent === undefined || sent.trim() === '' || sent.trim() === '*') return;
  const normalise = (tag: string) =>
    tag
      .trim()
      .replace(/^W\//, '')
      .replace(/^"(.*)"$/, '$1');
  const current = String(stored.item.eTag);
  if (normalise(sent) !== normalise(current)) {
    throw new GraphHttpError({
      status: 412,
      code: 'resourceModified',
      message: `The request ETag value '${sent}' does not match the object's ETag value '${current}'.`,
    });
  }
}

/** The stored item with its fields, as filters and sorts see it. */
function fullItem(stored: StoredListItem): GraphJson {
  return { ...stored.item, fields: stored.fields };
}

function selectFields(fields: GraphJson, select: readonly string[] | undefined): GraphJson {
  if (!select) return { ...fields };
  const wanted = select.map((name) => name.toLowerCase());
  return Object.fromEntries(
    Object.entries(fields).filter(
      ([key]) => key === '@odata.etag' || wanted.includes(key.toLowerCase()),
    ),
  );
}

/**
 * An item as Graph returns it: `fields` only when expanded (`$expand=fields`, optionally with its
 * own `$select`), and `sharepointIds` only when selected.
 */
function presentItem(item: GraphJson, request: GraphRequest, select: string | null): GraphJson {
  const { fields, sharepointIds, ...rest } = item;
  const wantsIds = isSelected(select, 'sharepointIds');
  const presented = applySelect(wantsIds ? { ...rest, sharepointIds } : rest, select);
  const expansion = expansionOf(request, 'fields');
  if (expansion && isPlainObject(fields)) presented.fields = selectFields(fields, expansion.select);
  return presented;
}

function itemsContext(context: HandlerContext, site: StoredSite, list: StoredList): string {
  return odataContext(context, `sites('${siteIdOf(site)}')/lists('${String(list.list.id)}')/items`);
}

function fieldsContext(
  context: HandlerContext,
  site: StoredSite,
  list: StoredList,
  stored: StoredListItem,
): string {
  const item = `items('${String(stored.item.id)}')`;
  return `${itemsContext(context, site, list).replace(/\/items$/, `/${item}`)}/fields/$entity`;
}

function honorsNonIndexedQueries(request: GraphRequest): boolean {
  return preferenceOf(request, HONOR_NON_INDEXED) !== undefined;
}

/** The `fields/<Name>` paths a `$filter` or `$orderby` reads. */
function queriedFieldNames(request: GraphRequest): string[] {
  const paths: string[][] = [];
  const filter = request.query.get('$filter');
  if (filter) paths.push(...filterProperties(parseFilter(filter)));
  const orderBy = request.query.get('$orderby');
  if (orderBy) {
    for (const clause of orderBy.split(',')) {
      const property = clause.trim().split(/\s+/)[0];
      if (property) paths.push(property.split('/'));
    }
  }
  return paths
    .filter((path) => path.length >= 2 && sameText(path[0], 'fields'))
    .map((path) => path[1] ?? '');
}

/**
 * SharePoint refuses a filter or sort on a column that is not indexed (it could exceed the list
 * view threshold) unless the client accepts the risk with the Prefer header.
 */
function checkIndexedQuery(context: HandlerContext, list: StoredList): void {
  const honors = honorsNonIndexedQueries(context.request);
  for (const name of queriedFieldNames(context.request)) {
    const target = columnForField(list, name);
    if (!target) throw fieldNotRecognized(name);
    if (target.column.indexed !== true && !honors) {
      throw invalidRequest(
        `Field '${name}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header to allow this, but be warned that such queries may fail on large lists.`,
      );
    }
  }
}

function listItems(context: HandlerContext): GraphResponse {
  const { site, list } = resolveList(context);
  checkIndexedQuery(context, list);
  const items = Object.values(list.items)
    .sort((left, right) => Number(left.item.id) - Number(right.item.id))
    .map(fullItem);
  return collectionWithExpansion(context, items, {
    odataContext: itemsContext(context, site, list),
    present: (item, select) => presentItem(item, context.request, select),
  });
}

/** A single item's response, with `fields` when asked for (always after a write). */
function itemResponse(
  context: HandlerContext,
  site: StoredSite,
  list: StoredList,
  stored: StoredListItem,
  options: { status: number; withFields: boolean },
): GraphResponse {
  const request = options.withFields
    ? { ...context.request, query: new URLSearchParams('$expand=fields') }
    : context.request;
  const select = options.withFields ? null : context.request.query.get('$select');
  const { fields, ...presented } = presentItem(fullItem(stored), request, select);
  const body: GraphJson = {
    '@odata.context': `${itemsContext(context, site, list)}/$entity`,
    ...presented,
  };
  if (fields !== undefined) {
    body['fields@odata.context'] = fieldsContext(context, site, list, stored);
    body.fields = fields;
  }
  return { status: options.status, headers: { etag: String(stored.item.eTag) }, body };
}

function getItem(context: HandlerContext): GraphResponse {
  const { site, list } = resolveList(context);
  const stored = findItem(list, paramOf(context, 'itemId'));
  return itemResponse(context, site, list, stored, { status: 200, withFields: false });
}

function createItem(context: HandlerContext): GraphResponse {
  const { site, list } = resolveList(context);
  const { fields, ...rest } = bodyObject(context);
  context.validateBody('microsoft.graph.listItem', rest);
  if (fields !== undefined && !isPlainObject(fields)) {
    throw invalidRequest("The 'fields' of a list item must be a JSON object.");
  }
  const own = writeFields(list, {}, fields ?? {});
  checkUniqueValues(list, own);
  const id = String(list.nextItemId);
  list.nextItemId += 1;
  const stored = composeItem(context, list, site, {
    id,
    uniqueId: context.newId(),
    version: 1,
    created: utcSeconds(context.now()),
    createdById: context.callerId,
    own,
  });
  list.items[id] = stored;
  list.list.lastModifiedDateTime = stored.item.lastModifiedDateTime;
  context.markChanged();
  return itemResponse(context, site, list, stored, { status: 201, withFields: true });
}

/** Applies field values to an item as one new version (its ETag and `_UIVersionString` grow). */
function applyItemWrite(
  context: HandlerContext,
  site: StoredSite,
  list: StoredList,
  stored: StoredListItem,
  input: GraphJson,
): StoredListItem {
  checkItemIfMatch(context, stored);
  const own = writeFields(list, ownFields(stored.fields), input);
  checkUniqueValues(list, own, String(stored.item.id));
  const { uniqueId, version } = versionOf(stored);
  const next = composeItem(context, list, site, {
    id: String(stored.item.id),
    uniqueId,
    version: version + 1,
    created: String(stored.item.createdDateTime),
    createdById: createdById(stored),
    own,
  });
  list.items[String(stored.item.id)] = next;
  list.list.lastModifiedDateTime = next.item.lastModifiedDateTime;
  context.markChanged();
  return next;
}

/** `PATCH …/items/{id}/fields`: answers the item's updated fieldValueSet. */
function updateItemFields(context: HandlerContext): GraphResponse {
  const { site, list } = resolveList(context);
  const stored = findItem(list, paramOf(context, 'itemId'));
  const next = applyItemWrite(context, site, list, stored, bodyObject(context));
  return {
    status: 200,
    headers: { etag: String(next.item.eTag) },
    body: {
      '@odata.context': fieldsContext(context, site, list, next),
      ...next.fields,
    },
  };
}

/** `PATCH …/items/{id}` with `{ fields }`: answers the updated item with its fields. */
function updateItem(context: HandlerContext): GraphResponse {
  const { site, list } = resolveList(context);
  const stored = findItem(list, paramOf(context, 'itemId'));
  const { fields, ...rest } = bodyObject(context);
  context.validateBody('microsoft.graph.listItem', rest);
  if (fields !== undefined && !isPlainObject(fields)) {
    throw invalidRequest("The 'fields' of a list item must be a JSON object.");
  }
  const next = applyItemWrite(context, site, list, stored, fields ?? {});
  return itemResponse(context, site, list, next, { status: 200, withFields: true });
}

function deleteItem(context: HandlerContext): GraphResponse {
  const { list } = resolveList(context);
  const stored = findItem(list, paramOf(context, 'itemId'));
  checkItemIfMatch(context, stored);
  Reflect.deleteProperty(list.items, String(stored.item.id));
  context.markChanged();
  return { status: 204 };
}

/** `GET …/items/{id}/fields`: the item's fieldValueSet. */
function getItemFields(context: HandlerContext): GraphResponse {
  const { site, list } = resolveList(context);
  const stored = findItem(list, paramOf(context, 'itemId'));
  const select = context.request.query.get('$select');
  return {
    status: 200,
    headers: { etag: String(stored.item.eTag) },
    body: {
      '@odata.context': fieldsContext(context, site, list, stored),
      ...selectFields(stored.fields, select ? selectedNames(select) : undefined),
    },
  };
}

// ---------- routes ----------

const LIST = '/sites/{siteId}/lists/{listId}';

export const siteRoutes: RouteDefinition[] = [
  { method: 'GET', path: '/groups/{groupId}/sites/root', handler: getGroupRootSite },
  { method: 'GET', path: '/sites/{siteId}', handler: getSite },
  { method: 'GET', path: '/sites/{siteId}/lists', handler: listLists },
  { method: 'POST', path: '/sites/{siteId}/lists', handler: createList },
  { method: 'GET', path: LIST, handler: getList },
  { method: 'GET', path: `${LIST}/columns`, handler: listColumns },
  { method: 'POST', path: `${LIST}/columns`, handler: createColumn },
  { method: 'GET', path: `${LIST}/columns/{columnId}`, handler: getColumn },
  { method: 'PATCH', path: `${LIST}/columns/{columnId}`, handler: updateColumn },
  { method: 'GET', path: `${LIST}/items`, handler: listItems },
  { method: 'POST', path: `${LIST}/items`, handler: createItem },
  { method: 'GET', path: `${LIST}/items/{itemId}`, handler: getItem },
  { method: 'PATCH', path: `${LIST}/items/{itemId}`, handler: updateItem },
  { method: 'DELETE', path: `${LIST}/items/{itemId}`, handler: deleteItem },
  { method: 'GET', path: `${LIST}/items/{itemId}/fields`, handler: getItemFields },
  { method: 'PATCH', path: `${LIST}/items/{itemId}/fields`, handler: updateItemFields },
];
