/**
 * Graph's v1.0 metadata (`../shared/graph/graph-v1.0-metadata.xml`, beside the checkout) and the
 * request-body checks built on it. Handlers reach it through `context.validateBody(typeName, body)`.
 *
 * What a body is checked for, and why (Graph's behaviour as its OData reader and docs show it):
 * - Declared properties of the type and of its base types are accepted; names match
 *   case-insensitively (Graph accepts `Subject`) and come back in the metadata's spelling.
 *   Any other name is 400 `RequestBodyRead` "The property 'x' does not exist on type
 *   'microsoft.graph.t'. Make sure to only use property names that are defined by the type or mark
 *   the type as open type.", naming the type being read (nested: `microsoft.graph.dateTimeTimeZone`).
 * - Annotations are read, not checked: `@odata.type`, `@odata.etag`, `teamsApp@odata.bind`,
 *   `members@odata.bind`, `@microsoft.graph.conflictBehavior` (anything starting with `@`, or with a
 *   namespace-qualified part after `@`).
 * - `@odata.type` in an object selects a derived type (`#microsoft.graph.aadUserConversationMember`
 *   where a `conversationMember` is expected); the type must exist and derive from the expected one.
 * - Complex values, collections of them and navigation properties sent inline (`fields` of a
 *   list item, `members` of a chat) are checked recursively against their declared types.
 * - Primitives convert as Microsoft.OData.Core converts them: a JSON string converts to any
 *   primitive type whose text it parses (`"true"`, `"5"`), a number only to numeric types, a
 *   boolean only to Edm.Boolean; otherwise "Cannot convert the literal 'yes' to the expected type
 *   'Edm.Boolean'.". DateTimeOffset needs an offset (`Z` or `+01:00`); Date, TimeOfDay, Guid,
 *   Duration and Binary are checked for their literal forms. An object or array where a primitive
 *   is expected, or a non-array for `Collection(…)`, gets the reader's "An unexpected 'StartObject'
 *   node was found…" message.
 * - Enum members match case-insensitively (`Enum.Parse` with ignoreCase); flags enums take
 *   comma-separated combinations; anything else is "Requested value 'x' was not found.".
 * - Nulls: accepted (Graph's PATCH semantics clear a property with null) except where the
 *   metadata says `Nullable="false"` (e.g. `plannerTask.title`, `chatMessage.body`, sendMail's
 *   `Message`), which Graph's reader rejects with "A null value was found for the property named
 *   …". For collections, `Nullable` also applies to their items (CSDL v4).
 * - Open types: the v1.0 metadata marks many service entities open (`event`, `message`, `user`,
 *   `team`…), yet their services reject unknown names (documented and required by the emulator's
 *   contract for events). So open *complex* types accept dynamic properties (`identity` takes
 *   `userIdentityType` in chat mentions), open *entity* types only when they are property bags that
 *   declare nothing beyond `entity.id` (`fieldValueSet`: a list item's columns) or are open
 *   extensions. Planner's dictionaries (`plannerAssignments`, `plannerChecklistItems`,
 *   `plannerExternalReferences`, `plannerAppliedCategories`, `plannerOrderHintsByAssignee`) are open
 *   and empty: their keys are free, their values are checked as the singular type the metadata
 *   declares (`plannerAssignment`…) or the documented primitive (Edm.Boolean for categories), and
 *   null (which removes a key) is allowed.
 * - Action parameters (`sendMail`, `getSchedule`) come from `<Action>` elements; they are declared
 *   PascalCase but Graph reads them case-insensitively, so they come back camelCase. An unknown one
 *   is "The parameter 'x' in the request payload is not a valid parameter for the operation 'y'.".
 * - No body at all is 400 `BadRequest` "Empty Payload. JSON content expected.".
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { BodyValidator, type JsonObject } from './bodyValidator';
import {
  parseCsdl,
  type ActionDef,
  type CsdlModel,
  type StructuredTypeDef,
  type TypeRef,
} from './csdl';
import { ModelIndex } from './modelIndex';

export { graphMessages, isAnnotationName } from './bodyValidator';

/** Where CI and a fresh clone keep the metadata: `../shared` sits beside the repository. */
export const DEFAULT_METADATA_PATH = path.resolve(
  __dirname,
  '../../../shared/graph/graph-v1.0-metadata.xml',
);

export interface ValidateActionOptions {
  /**
   * The bound type (`microsoft.graph.user`, `Collection(microsoft.graph.user)`), needed only when
   * overloads share the action's name.
   */
  readonly bindingType?: string;
}

export class GraphMetadata {
  private readonly index: ModelIndex;
  private readonly validator: BodyValidator;

  constructor(
    model: CsdlModel,
    /** The metadata file this was read from. */
    readonly source: string,
    /** How long reading and parsing the file took (for start-up diagnostics). */
    readonly parseMilliseconds: number,
  ) {
    this.index = new ModelIndex(model);
    this.validator = new BodyValidator(this.index);
  }

  /** True for an entity, complex or enum type the metadata defines (`microsoft.graph.event`). */
  isKnownType(typeName: string): boolean {
    return this.index.find(typeName) !== undefined;
  }

  /** The type's structural and navigation property names, inherited ones included. */
  propertyNames(typeName: string): string[] {
    return [...this.index.properties(this.requireStructuredType(typeName)).values()].map(
      (property) => property.name,
    );
  }

  /**
   * Returns the body (normalised, see bodyValidator.ts) when it is a valid `typeName`; otherwise
   * throws Graph's `GraphHttpError`. An unknown `typeName` is the emulator's own bug: plain Error.
   */
  validate(typeName: string, body: unknown): JsonObject {
    return this.validator.resourceBody(this.requireStructuredType(typeName), body);
  }

  /** Checks an action's body (`sendMail`, `getSchedule`) against its declared parameters. */
  validateActionParameters(
    actionName: string,
    body: unknown,
    options: ValidateActionOptions = {},
  ): JsonObject {
    return this.validator.actionBody(this.requireAction(actionName, options.bindingType), body);
  }

  private requireStructuredType(typeName: string): StructuredTypeDef {
    const type = this.index.structured(typeName);
    if (!type) {
      throw new Error(
        `Graph metadata (${this.source}) defines no entity or complex type '${typeName}'.`,
      );
    }
    return type;
  }

  private requireAction(actionName: string, bindingType: string | undefined): ActionDef {
    const overloads = this.index.actions(actionName);
    const bound = bindingType ? this.index.typeRef(bindingType) : undefined;
    const matching = bound ? overloads.filter((a) => sameTypeRef(a.bindingType, bound)) : overloads;
    const [action, ...others] = matching;
    if (!action) {
      const binding = bindingType ? ` bound to '${bindingType}'` : '';
      throw new Error(
        `Graph metadata (${this.source}) defines no action '${actionName}'${binding}.`,
      );
    }
    if (others.length > 0) {
      const types = matching.map((a) => typeRefText(a.bindingType)).join(', ');
      throw new Error(
        `Graph action '${actionName}' has overloads (${types}): pass { bindingType } to choose one.`,
      );
    }
    return action;
  }
}

function sameTypeRef(a: TypeRef | undefined, b: TypeRef): boolean {
  return a !== undefined && a.name === b.name && a.collection === b.collection;
}

function typeRefText(type: TypeRef | undefined): string {
  if (!type) return 'unbound';
  return type.collection ? `Collection(${type.name})` : type.name;
}

/** Parsed once per file and process: every emulator a test suite starts shares it. */
const loadedByPath = new Map<string, GraphMetadata>();

function missingFileError(file: string): Error {
  return new Error(
    `Graph metadata not found at ${file}. The emulator reads Graph's v1.0 metadata from ` +
      `../shared/graph/graph-v1.0-metadata.xml: the ../shared folder must sit beside the ` +
      `checkout (it is not part of this repository).`,
  );
}

/** Loads and parses the metadata (memoised per path). Throws when the file is missing. */
export function loadGraphMetadata(options: { path?: string } = {}): GraphMetadata {
  const file = path.resolve(options.path ?? DEFAULT_METADATA_PATH);
  const cached = loadedByPath.get(file);
  if (cached) return cached;
  if (!existsSync(file)) throw missingFileError(file);
  const started = performance.now();
  const model = parseCsdl(readFileSync(file, 'utf8'));
  const metadata = new GraphMetadata(model, file, performance.now() - started);
  loadedByPath.set(file, metadata);
  return metadata;
}

/** `loadGraphMetadata().isKnownType(typeName)`. */
export function isKnownType(typeName: string): boolean {
  return loadGraphMetadata().isKnownType(typeName);
}

/** `loadGraphMetadata().propertyNames(typeName)`, e.g. for `$select` checks. */
export function propertyNames(typeName: string): string[] {
  return loadGraphMetadata().propertyNames(typeName);
}

/** `loadGraphMetadata().validate(typeName, body)`. */
export function validateBody(typeName: string, body: unknown): JsonObject {
  return loadGraphMetadata().validate(typeName, body);
}

/** `loadGraphMetadata().validateActionParameters(actionName, body, options)`. */
export function validateActionParameters(
  actionName: string,
  body: unknown,
  options?: ValidateActionOptions,
): JsonObject {
  return loadGraphMetadata().validateActionParameters(actionName, body, options);
}
