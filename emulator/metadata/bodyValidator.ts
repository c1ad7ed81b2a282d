/**
 * Checks request bodies against the metadata the way Graph's OData reader does, and answers with
 * Graph's own 400s. Valid bodies come back normalised: declared names in the metadata's spelling
 * (`Subject` → `subject`), enum members in theirs (`TeamsForBusiness` → `teamsForBusiness`) and
 * primitives converted (`"true"` → `true` for an Edm.Boolean), as Graph stores them.
 */
import { GraphHttpError } from '../core/errors';
import { isPlainObject } from '../core/handlerHelpers';
import type { ActionDef, EnumTypeDef, PropertyDef, StructuredTypeDef } from './csdl';
import {
  convertPrimitive,
  dotNetLiteral,
  isEdmType,
  isUncheckedEdmType,
  type JsonPrimitive,
} from './edmPrimitives';
import type { ModelIndex } from './modelIndex';

export type JsonObject = Record<string, unknown>;

/** Node names of Microsoft.OData.Core's JSON reader, which Graph's messages quote. */
type JsonNodeKind = 'StartObject' | 'StartArray' | 'PrimitiveValue';

/** Graph's wording: Microsoft.OData.Core's resource strings and .NET's `Enum.Parse`. */
export const graphMessages = {
  emptyPayload: 'Empty Payload. JSON content expected.',
  unknownProperty: (name: string, typeName: string) =>
    `The property '${name}' does not exist on type '${typeName}'. Make sure to only use property names that are defined by the type or mark the type as open type.`,
  unknownParameter: (name: string, actionName: string) =>
    `The parameter '${name}' in the request payload is not a valid parameter for the operation '${actionName}'.`,
  cannotConvert: (literal: string, typeName: string) =>
    `Cannot convert the literal '${literal}' to the expected type '${typeName}'.`,
  enumValueNotFound: (value: string) => `Requested value '${value}' was not found.`,
  enumNotString: (literal: string, propertyName: string) =>
    `Cannot read the value '${literal}' for the property '${propertyName}' as a quoted JSON string value.`,
  unexpectedNode: (found: JsonNodeKind, expected: JsonNodeKind) =>
    `An unexpected '${found}' node was found when reading from the JSON reader. A '${expected}' node was expected.`,
  resourceExpected: (propertyName: string, found: JsonNodeKind, typeName: string) =>
    `The property with name '${propertyName}' was found with a value node of type '${found}'; however, a resource value of type '${typeName}' was expected.`,
  nullProperty: (propertyName: string, typeName: string) =>
    `A null value was found for the property named '${propertyName}', which has the expected type '${typeName}[Nullable=False]'. The expected type '${typeName}[Nullable=False]' does not allow null values.`,
  nullItem: (typeName: string) =>
    `A null value was found with the expected type '${typeName}[Nullable=False]'. The expected type '${typeName}[Nullable=False]' does not allow null values.`,
  unresolvedType: (typeName: string) =>
    `A type named '${typeName}' could not be resolved by the model. When a model is available, each type name must resolve to a valid type.`,
  notAssignable: (actual: string, expected: string) =>
    `A resource with type '${actual}' was found, but it is not assignable to the expected type '${expected}'. The type specified in the resource must be equal to either the expected type or a derived type.`,
};

function requestBodyRead(message: string): GraphHttpError {
  return new GraphHttpError({ status: 400, code: 'RequestBodyRead', message });
}

function nodeKind(value: unknown): JsonNodeKind {
  if (Array.isArray(value)) return 'StartArray';
  return isPlainObject(value) ? 'StartObject' : 'PrimitiveValue';
}

/**
 * Instance and property annotations, which Graph reads without checking them against the type:
 * `@odata.type`, `@odata.etag`, `@microsoft.graph.conflictBehavior`, `teamsApp@odata.bind`,
 * `members@odata.bind`, `subject@odata.type`. OData requires the part after `@` to be
 * namespace-qualified, so `sub@ject` is an ordinary (unknown) property name.
 */
export function isAnnotationName(key: string): boolean {
  const at = key.indexOf('@');
  return at === 0 || (at > 0 && key.indexOf('.', at) > at);
}

/** Action parameters are declared PascalCase (`SaveToSentItems`); bodies use camelCase. */
function camelCase(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

function typeDisplayName(property: PropertyDef): string {
  const { name, collection } = property.type;
  return collection ? `Collection(${name})` : name;
}

export class BodyValidator {
  constructor(private readonly index: ModelIndex) {}

  /** A request body that must be a `type` resource (a derived type when `@odata.type` says so). */
  resourceBody(type: StructuredTypeDef, body: unknown): JsonObject {
    return this.resource(this.requireObjectBody(body), type);
  }

  /** A request body carrying an action's parameters. */
  actionBody(action: ActionDef, body: unknown): JsonObject {
    const parameters = new Map(action.parameters.map((p) => [p.name.toLowerCase(), p]));
    const result: JsonObject = {};
    for (const [key, value] of Object.entries(this.requireObjectBody(body))) {
      if (isAnnotationName(key)) {
        result[key] = value;
        continue;
      }
      const parameter = parameters.get(key.toLowerCase());
      if (!parameter) throw requestBodyRead(graphMessages.unknownParameter(key, action.name));
      result[camelCase(parameter.name)] = this.propertyValue(value, parameter);
    }
    return result;
  }

  private requireObjectBody(body: unknown): JsonObject {
    if (body === undefined) {
      throw new GraphHttpError({
        status: 400,
        code: 'BadRequest',
        message: graphMessages.emptyPayload,
      });
    }
    if (!isPlainObject(body)) {
      throw requestBodyRead(graphMessages.unexpectedNode(nodeKind(body), 'StartObject'));
    }
    return body;
  }

  private resource(body: JsonObject, expected: StructuredTypeDef): JsonObject {
    const type = this.actualType(body, expected);
    const properties = this.index.properties(type);
    const result: JsonObject = {};
    for (const [key, value] of Object.entries(body)) {
      if (isAnnotationName(key)) {
        result[key] = value;
        continue;
      }
      const property = properties.get(key.toLowerCase());
      if (property) result[property.name] = this.propertyValue(value, property);
      else result[key] = this.dynamicValue(key, value, type);
    }
    return result;
  }

  /** The type named by `@odata.type`, which must be the expected type or derive from it. */
  private actualType(body: JsonObject, expected: StructuredTypeDef): StructuredTypeDef {
    const annotation = body['@odata.type'];
    if (typeof annotation !== 'string') return expected;
    const actual = this.index.structured(annotation);
    if (!actual) {
      throw requestBodyRead(graphMessages.unresolvedType(annotation.replace(/^#/, '')));
    }
    if (!this.index.isAssignable(actual, expected)) {
      throw requestBodyRead(graphMessages.notAssignable(actual.fullName, expected.fullName));
    }
    return actual;
  }

  /** A property the type does not declare: kept when the type takes dynamic properties. */
  private dynamicValue(key: string, value: unknown, type: StructuredTypeDef): unknown {
    if (!this.index.acceptsDynamicProperties(type)) {
      throw requestBodyRead(graphMessages.unknownProperty(key, type.fullName));
    }
    const valueType = this.index.dictionaryValueType(type);
    if (!valueType) return value;
    // A null entry removes the key in Planner's dictionaries, so it is always allowed.
    return this.propertyValue(value, {
      name: key,
      type: valueType,
      nullable: true,
      navigation: false,
    });
  }

  private propertyValue(value: unknown, property: PropertyDef): unknown {
    if (value === null) {
      if (!property.nullable) {
        throw requestBodyRead(graphMessages.nullProperty(property.name, typeDisplayName(property)));
      }
      return null;
    }
    if (!property.type.collection) return this.singleValue(value, property);
    if (!Array.isArray(value)) {
      throw requestBodyRead(graphMessages.unexpectedNode(nodeKind(value), 'StartArray'));
    }
    return value.map((item: unknown) => this.collectionItem(item, property));
  }

  private collectionItem(item: unknown, property: PropertyDef): unknown {
    if (item !== null) return this.singleValue(item, property);
    // In CSDL v4 a collection property's Nullable applies to its items.
    if (!property.nullable) throw requestBodyRead(graphMessages.nullItem(property.type.name));
    return null;
  }

  private singleValue(value: unknown, property: PropertyDef): unknown {
    const typeName = property.type.name;
    if (isEdmType(typeName)) return this.primitiveValue(value, typeName);
    const enumType = this.index.enumType(typeName);
    if (enumType) return this.enumValue(value, enumType, property.name);
    const structured = this.index.structured(typeName);
    // A type the document references but never defines: nothing to check the value against.
    if (!structured) return value;
    if (!isPlainObject(value)) {
      throw requestBodyRead(
        graphMessages.resourceExpected(property.name, nodeKind(value), structured.fullName),
      );
    }
    return this.resource(value, structured);
  }

  private primitiveValue(value: unknown, edmType: string): unknown {
    if (isUncheckedEdmType(edmType)) return value;
    if (typeof value === 'object' && value !== null) {
      throw requestBodyRead(graphMessages.unexpectedNode(nodeKind(value), 'PrimitiveValue'));
    }
    // JSON.parse only yields objects, arrays, strings, numbers, booleans and null (handled above).
    const literal = value as JsonPrimitive;
    const conversion = convertPrimitive(literal, edmType);
    if (!conversion) {
      throw requestBodyRead(graphMessages.cannotConvert(dotNetLiteral(literal), edmType));
    }
    return conversion.value;
  }

  private enumValue(value: unknown, type: EnumTypeDef, propertyName: string): string {
    if (typeof value === 'object' && value !== null) {
      throw requestBodyRead(graphMessages.unexpectedNode(nodeKind(value), 'PrimitiveValue'));
    }
    if (typeof value !== 'string') {
      const literal = dotNetLiteral(value as JsonPrimitive);
      throw requestBodyRead(graphMessages.enumNotString(literal, propertyName));
    }
    const canonical = parseEnumValue(value, type);
    if (canonical === undefined) throw requestBodyRead(graphMessages.enumValueNotFound(value));
    return canonical;
  }
}

/**
 * .NET `Enum.Parse(type, value, ignoreCase: true)` as Graph applies it: member names match
 * case-insensitively (a member's numeric value is accepted too), and flags enums take a
 * comma-separated combination (`"read, write"`). Returns the members' declared spelling.
 */
export function parseEnumValue(value: string, type: EnumTypeDef): string | undefined {
  const parts = type.flags ? value.split(',') : [value];
  const names: string[] = [];
  for (const part of parts) {
    const wanted = part.trim().toLowerCase();
    const member = type.members.find((m) => m.name.toLowerCase() === wanted || m.value === wanted);
    if (!member) return undefined;
    names.push(member.name);
  }
  return names.join(',');
}
