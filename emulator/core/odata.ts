import { graphErrors } from './errors';
import type { GraphJson } from './state';
import type { GraphRequest } from './types';

/**
 * OData query options as Graph applies them to collections: `$filter`, `$orderby`, `$select`,
 * `$top` and paging through `@odata.nextLink` with a `$skiptoken`.
 */

export const MAX_TOP = 999;

// ---------- $filter ----------

type Literal = string | number | boolean | null;
export type FilterNode =
  | { kind: 'or' | 'and'; left: FilterNode; right: FilterNode }
  | { kind: 'not'; operand: FilterNode }
  | { kind: 'compare'; op: 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le'; left: Operand; right: Operand }
  | { kind: 'in'; left: Operand; values: Literal[] }
  | { kind: 'call'; name: 'startswith' | 'endswith' | 'contains'; args: [Operand, Operand] };
export type Operand = { kind: 'property'; path: string[] } | { kind: 'literal'; value: Literal };

interface Token {
  readonly type: 'word' | 'string' | 'number' | 'punct';
  readonly text: string;
}

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < input.length) {
    const char = input[index] as string;
    if (/\s/.test(char)) {
      index++;
    } else if (char === "'") {
      let value = '';
      index++;
      for (;;) {
        if (index >= input.length) throw invalidFilter(input, 'an unterminated string');
        if (input[index] === "'") {
          if (input[index + 1] === "'") {
            value += "'";
            index += 2;
            continue;
          }
          index++;
          break;
        }
        value += input[index];
        index++;
      }
      tokens.push({ type: 'string', text: value });
    } else if (char === '(' || char === ')' || char === ',') {
      tokens.push({ type: 'punct', text: char });
      index++;
    } else {
      const match = /^[^\s(),']+/.exec(input.slice(index));
      const text = match?.[0] ?? char;
      tokens.push({ type: /^-?\d+(\.\d+)?$/.test(text) ? 'number' : 'word', text });
      index += text.length;
    }
  }
  return tokens;
}

function invalidFilter(filter: string, what: string) {
  return graphErrors.badRequest(`Invalid filter clause: ${what} in '${filter}'.`);
}

/** Parses a `$filter` expression; throws Graph's 400 for syntax it cannot read. */
export function parseFilter(filter: string): FilterNode {
  const tokens = tokenize(filter);
  let position = 0;
  const peek = () => tokens[position];
  const next = () => tokens[position++];
  const isWord = (token: Token | undefined, word: string) =>
    token?.type === 'word' && token.text.toLowerCase() === word;
  const expectPunct = (text: string) => {
    const token = next();
    if (token?.type !== 'punct' || token.text !== text)
      throw invalidFilter(filter, `'${text}' expected`);
  };

  /** `side (word side)*` folded to the left: the `or` level over `and`, `and` over the rest. */
  const parseChain = (word: 'or' | 'and', parseSide: () => FilterNode): FilterNode => {
    let left = parseSide();
    while (isWord(peek(), word)) {
      next();
      left = { kind: word, left, right: parseSide() };
    }
    return left;
  };
  const parseOr = (): FilterNode => parseChain('or', parseAnd);
  const parseAnd = (): FilterNode => parseChain('and', parseUnary);
  const parseUnary = (): FilterNode => {
    if (isWord(peek(), 'not')) {
      next();
      return { kind: 'not', operand: parseUnary() };
    }
    const token = peek();
    if (token?.type === 'punct' && token.text === '(') {
      next();
      const inner = parseOr();
      expectPunct(')');
      return inner;
    }
    if (
      token?.type === 'word' &&
      ['startswith', 'endswith', 'contains'].includes(token.text.toLowerCase())
    ) {
      next();
      expectPunct('(');
      const first = parseOperand();
      expectPunct(',');
      const second = parseOperand();
      expectPunct(')');
      return {
        kind: 'call',
        name: token.text.toLowerCase() as 'startswith',
        args: [first, second],
      };
    }
    const left = parseOperand();
    const operator = next();
    if (operator?.type !== 'word') throw invalidFilter(filter, 'an operator expected');
    const op = operator.text.toLowerCase();
    if (op === 'in') {
      expectPunct('(');
      const values: Literal[] = [];
      for (;;) {
        const operand = parseOperand();
        if (operand.kind !== 'literal')
          throw invalidFilter(filter, 'a literal expected in the list');
        values.push(operand.value);
        const separator = next();
        if (separator?.text === ')') break;
        if (separator?.text !== ',') throw invalidFilter(filter, "',' or ')' expected");
      }
      return { kind: 'in', left, values };
    }
    if (!['eq', 'ne', 'gt', 'ge', 'lt', 'le'].includes(op)) {
      throw invalidFilter(filter, `the unsupported operator '${operator.text}'`);
    }
    return { kind: 'compare', op: op as 'eq', left, right: parseOperand() };
  };
  const parseOperand = (): Operand => {
    const token = next();
    if (!token) throw invalidFilter(filter, 'an operand expected');
    if (token.type === 'string') return { kind: 'literal', value: token.text };
    if (token.type === 'number') return { kind: 'literal', value: Number(token.text) };
    if (token.type === 'word') {
      const lower = token.text.toLowerCase();
      if (lower === 'true' || lower === 'false')
        return { kind: 'literal', value: lower === 'true' };
      if (lower === 'null') return { kind: 'literal', value: null };
      // Graph accepts unquoted DateTimeOffset literals: start/dateTime ge 2025-01-01T00:00:00Z
      if (/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/.test(token.text)) {
        return { kind: 'literal', value: token.text };
      }
      return { kind: 'property', path: token.text.split('/') };
    }
    throw invalidFilter(filter, `unexpected '${token.text}'`);
  };

  const tree = parseOr();
  if (position < tokens.length)
    throw invalidFilter(filter, `unexpected '${tokens[position]?.text}'`);
  return tree;
}

/** The property paths a filter reads, e.g. `[['fields','Status']]`: for index checks. */
export function filterProperties(node: FilterNode): string[][] {
  switch (node.kind) {
    case 'or':
    case 'and':
      return [...filterProperties(node.left), ...filterProperties(node.right)];
    case 'not':
      return filterProperties(node.operand);
    case 'compare':
      return [node.left, node.right].flatMap((operand) =>
        operand.kind === 'property' ? [operand.path] : [],
      );
    case 'in':
      return node.left.kind === 'property' ? [node.left.path] : [];
    case 'call':
      return node.args.flatMap((operand) => (operand.kind === 'property' ? [operand.path] : []));
  }
}

/** Reads a property path from JSON, case-insensitively as Graph matches property names. */
export function readPath(item: unknown, path: readonly string[]): unknown {
  let current: unknown = item;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    const record = current as Record<string, unknown>;
    const key =
      segment in record
        ? segment
        : Object.keys(record).find(
            (candidate) => candidate.toLowerCase() === segment.toLowerCase(),
          );
    current = key === undefined ? undefined : record[key];
  }
  return current;
}

export function evaluateFilter(node: FilterNode, item: unknown): boolean {
  switch (node.kind) {
    case 'or':
      return evaluateFilter(node.left, item) || evaluateFilter(node.right, item);
    case 'and':
      return evaluateFilter(node.left, item) && evaluateFilter(node.right, item);
    case 'not':
      return !evaluateFilter(node.operand, item);
    case 'in': {
      const value = valueOf(node.left, item);
      return node.values.some((candidate) => compareValues(value, candidate) === 0);
    }
    case 'call': {
      const haystack = valueOf(node.args[0], item);
      const needle = valueOf(node.args[1], item);
      if (typeof haystack !== 'string' || typeof needle !== 'string') return false;
      const [h, n] = [haystack.toLowerCase(), needle.toLowerCase()];
      if (node.name === 'startswith') return h.startsWith(n);
      if (node.name === 'endswith') return h.endsWith(n);
      return h.includes(n);
    }
    case 'compare': {
      const order = compareValues(valueOf(node.left, item), valueOf(node.right, item));
      switch (node.op) {
        case 'eq':
          return order === 0;
        case 'ne':
          return order !== 0;
        case 'gt':
          return order !== undefined && order > 0;
        case 'ge':
          return order !== undefined && order >= 0;
        case 'lt':
          return order !== undefined && order < 0;
        case 'le':
          return order !== undefined && order <= 0;
      }
    }
  }
}

function valueOf(operand: Operand, item: unknown): unknown {
  return operand.kind === 'literal' ? operand.value : readPath(item, operand.path);
}

/** Compares like Graph: strings case-insensitively, ISO dates as instants, numbers numerically. */
export function compareValues(left: unknown, right: unknown): number | undefined {
  if (left === undefined) left = null;
  if (right === undefined) right = null;
  if (left === null || right === null) return left === right ? 0 : undefined;
  // Numeric text compared with a number compares as a number.
  if (typeof left === 'number' && isNumericText(right)) right = Number(right);
  if (typeof right === 'number' && isNumericText(left)) left = Number(left);
  if (typeof left === 'number' && typeof right === 'number') return Math.sign(left - right);
  if (typeof left === 'boolean' || typeof right === 'boolean')
    return left === right ? 0 : undefined;
  const [a, b] = [String(left), String(right)];
  const dates = [Date.parse(a), Date.parse(b)];
  if (isIsoLike(a) && isIsoLike(b) && !Number.isNaN(dates[0]) && !Number.isNaN(dates[1])) {
    return Math.sign((dates[0] as number) - (dates[1] as number));
  }
  const [la, lb] = [a.toLowerCase(), b.toLowerCase()];
  return la === lb ? 0 : la < lb ? -1 : 1;
}

function isNumericText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value));
}

function isIsoLike(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}/.test(value);
}

// ---------- $orderby, $select, $top and paging ----------

export function applyOrderBy(items: readonly GraphJson[], orderBy: string | null): GraphJson[] {
  if (!orderBy) return [...items];
  const keys = orderBy.split(',').map((clause) => {
    const [property = '', direction = 'asc'] = clause.trim().split(/\s+/);
    if (!['asc', 'desc'].includes(direction.toLowerCase())) {
      throw graphErrors.badRequest(`Invalid $orderby direction '${direction}'.`);
    }
    return { path: property.split('/'), descending: direction.toLowerCase() === 'desc' };
  });
  return [...items].sort((left, right) => {
    for (const key of keys) {
      const order = compareValues(readPath(left, key.path), readPath(right, key.path)) ?? 0;
      if (order !== 0) return key.descending ? -order : order;
    }
    return 0;
  });
}

/** Keeps only the selected properties (and `id` and `@odata.*` annotations, as Graph does). */
export function applySelect(item: GraphJson, select: string | null): GraphJson {
  if (!select) return item;
  const wanted = new Set(selectedNames(select).map((name) => name.toLowerCase()));
  return Object.fromEntries(
    Object.entries(item).filter(
      ([key]) => key === 'id' || key.startsWith('@odata.') || wanted.has(key.toLowerCase()),
    ),
  );
}

// ---------- option lists: $select names, $expand ----------

/**
 * Splits a query option at the commas outside parentheses (`fields($select=A,B),columns`) and,
 * given a `quote` character, outside quoted text too (a `Prefer` value such as `"a, b"`).
 */
export function splitTopLevel(text: string, options: { quote?: string } = {}): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = '';
  for (const char of text) {
    if (char === options.quote) quoted = !quoted;
    else if (!quoted && char === '(') depth++;
    else if (!quoted && char === ')') depth--;
    if (char === ',' && depth === 0 && !quoted) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts;
}

/** The property names of a `$select` value, as the client wrote them (`a, b` → `['a', 'b']`). */
export function selectedNames(select: string): string[] {
  return select
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
}

/** True when `$select` names the property (case-insensitively). */
export function isSelected(select: string | null, property: string): boolean {
  if (!select) return false;
  return selectedNames(select).some((name) => name.toLowerCase() === property.toLowerCase());
}

/**
 * The `(a,b)` Graph writes after the entity set in `@odata.context` when the client selected
 * properties (`users(displayName,mail)/$entity`); nothing without `$select`.
 */
export function selectProjection(select: string | null): string {
  return select ? `(${selectedNames(select).join(',')})` : '';
}

/** One item of `$expand`: a navigation property, and the nested `$select` of `name($select=a,b)`. */
export interface ExpandItem {
  readonly name: string;
  readonly select?: readonly string[];
}

/** Reads an `$expand` value such as `fields($select=A,B),columns`; names as the client wrote them. */
export function parseExpand(raw: string): ExpandItem[] {
  return splitTopLevel(raw)
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .map((part) => {
      const match = /^([^(]+)(?:\((.*)\))?$/.exec(part);
      const name = (match?.[1] ?? part).trim();
      const options = match?.[2] ?? '';
      const select = /(?:^|;)\s*\$?select=([^;]*)/i.exec(options)?.[1];
      return select === undefined
        ? { name }
        : { name, select: select.split(',').map((entry) => entry.trim()) };
    });
}

/**
 * The navigation properties `$expand` names (lower-cased), each checked against the resource's
 * own: `teamsApp,teamsAppDefinition($expand=bot)` → {teamsapp, teamsappdefinition}; `*` expands
 * them all; a name the type does not have gets Graph's 400.
 */
export function expandedNavigations(
  request: GraphRequest,
  allowed: readonly string[],
  typeName: string,
): Set<string> {
  const names = new Set<string>();
  for (const { name } of parseExpand(request.query.get('$expand') ?? '')) {
    if (name === '*') {
      allowed.forEach((candidate) => names.add(candidate.toLowerCase()));
      continue;
    }
    const known = allowed.find((candidate) => candidate.toLowerCase() === name.toLowerCase());
    if (!known) {
      throw graphErrors.badRequest(
        `Could not find a property named '${name}' on type 'microsoft.graph.${typeName}'.`,
      );
    }
    names.add(known.toLowerCase());
  }
  return names;
}

// ---------- responses ----------

/** `@odata.context` of a response: `{graphBaseUrl}/$metadata#{fragment}`, e.g. `users/$entity`. */
export function odataContext(context: { readonly graphBaseUrl: string }, fragment: string): string {
  return `${context.graphBaseUrl}/$metadata#${fragment}`;
}

/** A single entity's 200: its `@odata.context` first, then its properties narrowed by `$select`. */
export function entityResponse(
  request: GraphRequest,
  contextUrl: string,
  entity: GraphJson,
): { status: number; body: GraphJson } {
  return {
    status: 200,
    body: { '@odata.context': contextUrl, ...applySelect(entity, request.query.get('$select')) },
  };
}

export function parseTop(request: GraphRequest, defaultTop: number): number {
  const raw = request.query.get('$top');
  if (raw === null) return defaultTop;
  const top = Number(raw);
  if (!Number.isInteger(top) || top < 1 || top > MAX_TOP) {
    throw graphErrors.badRequest(
      `Invalid page size specified: '${raw}'. Must be between 1 and ${MAX_TOP} inclusive.`,
      'ErrorInvalidPageSize',
    );
  }
  return top;
}

export interface CollectionOptions {
  /** Page size when the client sends no `$top`. */
  readonly defaultPageSize: number;
  /** Applied before paging; `undefined` to ignore `$filter` (the handler filtered already). */
  readonly filter?: (items: GraphJson[], filter: FilterNode) => GraphJson[];
  /** `@odata.context` of the collection. */
  readonly context?: string;
  /** Per-item transform applied after paging and before `$select` (e.g. `$expand`). */
  readonly project?: (item: GraphJson) => GraphJson;
}

/**
 * Answers a collection GET: `$filter`, `$orderby`, then one page of `$top` items from the
 * `$skiptoken` offset, `$select`, and `@odata.nextLink` when more remain. The nextLink repeats the
 * client's query with a new `$skiptoken`, so following it is all a client has to do.
 */
export function collectionResponse(
  request: GraphRequest,
  graphBaseUrl: string,
  all: readonly GraphJson[],
  options: CollectionOptions,
): { status: number; body: GraphJson } {
  const filterText = request.query.get('$filter');
  let items = [...all];
  if (filterText) {
    const tree = parseFilter(filterText);
    items = options.filter
      ? options.filter(items, tree)
      : items.filter((item) => evaluateFilter(tree, item));
  }
  items = applyOrderBy(items, request.query.get('$orderby'));
  const top = parseTop(request, options.defaultPageSize);
  const offset = decodeSkipToken(request.query.get('$skiptoken'));
  const page = items.slice(offset, offset + top);
  const select = request.query.get('$select');
  const value = page.map((item) =>
    applySelect(options.project ? options.project(item) : item, select),
  );
  const body: GraphJson = {};
  if (options.context) body['@odata.context'] = options.context;
  body.value = value;
  if (offset + top < items.length) {
    const query = new URLSearchParams(request.query);
    query.set('$skiptoken', encodeSkipToken(offset + top));
    if (!query.has('$top')) query.set('$top', String(top));
    // Graph writes the `$` of system query options literally in its links.
    body['@odata.nextLink'] =
      `${graphBaseUrl}${request.originalPath}?${query.toString().replace(/%24/g, '$')}`;
  }
  return { status: 200, body };
}

/** `$count=true`: the client asks for `@odata.count`. */
export function isCountRequested(request: GraphRequest): boolean {
  return (request.query.get('$count') ?? '').toLowerCase() === 'true';
}

/**
 * A collection response with `@odata.count` after its `@odata.context`, where Graph writes it:
 * the number of `all` the `$filter` keeps, across every page.
 */
export function withCount(
  response: { status: number; body: GraphJson },
  all: readonly GraphJson[],
  request: GraphRequest,
): { status: number; body: GraphJson } {
  const filterText = request.query.get('$filter');
  const tree = filterText ? parseFilter(filterText) : undefined;
  const count = tree ? all.filter((item) => evaluateFilter(tree, item)).length : all.length;
  const { '@odata.context': context, ...rest } = response.body;
  return {
    status: response.status,
    body: { '@odata.context': context, '@odata.count': count, ...rest },
  };
}

function encodeSkipToken(offset: number): string {
  return Buffer.from(`offset:${offset}`).toString('base64url');
}

function decodeSkipToken(token: string | null): number {
  if (!token) return 0;
  const match = /^offset:(\d+)$/.exec(Buffer.from(token, 'base64url').toString());
  if (!match) throw graphErrors.badRequest('The $skiptoken is not valid.', 'InvalidSkipToken');
  return Number(match[1]);
}
