/**
 * Lookups over the parsed CSDL model that validation asks for again and again (a type's
 * properties including inherited ones, openness, assignability), memoised per type.
 */
import type {
  ActionDef,
  CsdlModel,
  EnumTypeDef,
  PropertyDef,
  StructuredTypeDef,
  TypeDef,
  TypeRef,
} from './csdl';

const ENTITY_ROOT = 'microsoft.graph.entity';
const MAX_INHERITANCE_DEPTH = 64;
const EXTENSION_ROOT = 'microsoft.graph.extension';

/**
 * Open Planner dictionaries whose values are primitives, as the Planner reference documents them
 * (plannerAppliedCategories: `"category1": true`; plannerOrderHintsByAssignee: user id → order
 * hint). The metadata declares these types open and empty, so it cannot say this itself.
 */
const PRIMITIVE_DICTIONARY_VALUES: Readonly<Record<string, string>> = {
  'microsoft.graph.plannerAppliedCategories': 'Edm.Boolean',
  'microsoft.graph.plannerOrderHintsByAssignee': 'Edm.String',
};

export class ModelIndex {
  private readonly propertiesByType = new Map<string, ReadonlyMap<string, PropertyDef>>();
  private readonly chainByType = new Map<string, readonly StructuredTypeDef[]>();

  constructor(private readonly model: CsdlModel) {}

  /** Accepts `microsoft.graph.event`, `#microsoft.graph.event` and alias forms (`graph.event`). */
  qualify(typeName: string): string {
    const name = typeName.startsWith('#') ? typeName.slice(1) : typeName;
    const dot = name.lastIndexOf('.');
    const namespace = dot > 0 ? this.model.aliases.get(name.slice(0, dot)) : undefined;
    return namespace ? `${namespace}${name.slice(dot)}` : name;
  }

  /** `graph.user` → user; `Collection(graph.user)` → a collection of users. */
  typeRef(typeName: string): TypeRef {
    const element = /^Collection\((.+)\)$/.exec(typeName)?.[1];
    return element
      ? { name: this.qualify(element), collection: true }
      : { name: this.qualify(typeName), collection: false };
  }

  find(typeName: string): TypeDef | undefined {
    return this.model.types.get(this.qualify(typeName));
  }

  structured(typeName: string): StructuredTypeDef | undefined {
    const type = this.find(typeName);
    return type && type.kind !== 'enum' ? type : undefined;
  }

  enumType(typeName: string): EnumTypeDef | undefined {
    const type = this.find(typeName);
    return type?.kind === 'enum' ? type : undefined;
  }

  actions(actionName: string): readonly ActionDef[] {
    const exact = this.model.actions.get(actionName);
    if (exact) return exact;
    // Graph matches URL segments, action names included, case-insensitively.
    const lower = actionName.toLowerCase();
    for (const [name, overloads] of this.model.actions) {
      if (name.toLowerCase() === lower) return overloads;
    }
    return [];
  }

  /** The type followed by its base types, most derived first. */
  chain(type: StructuredTypeDef): readonly StructuredTypeDef[] {
    const cached = this.chainByType.get(type.fullName);
    if (cached) return cached;
    const chain: StructuredTypeDef[] = [];
    for (let t: StructuredTypeDef | undefined = type; t;) {
      chain.push(t);
      // The depth limit only guards against a (malformed) cycle of base types.
      t =
        t.baseType && chain.length < MAX_INHERITANCE_DEPTH
          ? this.structured(t.baseType)
          : undefined;
    }
    this.chainByType.set(type.fullName, chain);
    return chain;
  }

  /** Declared and inherited properties by lower-case name (Graph reads names case-insensitively). */
  properties(type: StructuredTypeDef): ReadonlyMap<string, PropertyDef> {
    const cached = this.propertiesByType.get(type.fullName);
    if (cached) return cached;
    const properties = new Map<string, PropertyDef>();
    for (const t of [...this.chain(type)].reverse()) {
      for (const property of t.properties) properties.set(property.name.toLowerCase(), property);
    }
    this.propertiesByType.set(type.fullName, properties);
    return properties;
  }

  isOpen(type: StructuredTypeDef): boolean {
    return this.chain(type).some((t) => t.openDeclared);
  }

  isAssignable(actual: StructuredTypeDef, expected: StructuredTypeDef): boolean {
    return this.chain(actual).some((t) => t.fullName === expected.fullName);
  }

  /**
   * Which open types take properties they do not declare (the rules are listed in
   * graphMetadata.ts). The v1.0 metadata marks many service entities open (`event`, `message`,
   * `user`, `team`…) although their services reject unknown names with `RequestBodyRead`, so:
   * - open complex types accept dynamic properties (`identity` takes `userIdentityType` in chat
   *   mentions, `plannerAssignments` takes user ids);
   * - open entity types accept them only when they are property bags: they declare nothing beyond
   *   `entity`'s `id` (`fieldValueSet`: list item columns), or they are open extensions
   *   (`openTypeExtension`), which exist to carry custom data.
   */
  acceptsDynamicProperties(type: StructuredTypeDef): boolean {
    if (!this.isOpen(type)) return false;
    if (type.kind === 'complex') return true;
    const chain = this.chain(type);
    if (chain.some((t) => t.fullName === EXTENSION_ROOT)) return true;
    return chain.every((t) => t.fullName === ENTITY_ROOT || t.properties.length === 0);
  }

  /**
   * The value type of an open dictionary (an open complex type that declares no properties):
   * `plannerAssignments` → `plannerAssignment`, `plannerChecklistItems` → `plannerChecklistItem`,
   * `plannerExternalReferences` → `plannerExternalReference` (the singular type in the metadata),
   * or a documented primitive. Undefined when unknown: then any value is kept as sent.
   */
  dictionaryValueType(type: StructuredTypeDef): TypeRef | undefined {
    if (type.kind !== 'complex' || this.properties(type).size > 0) return undefined;
    const primitive = PRIMITIVE_DICTIONARY_VALUES[type.fullName];
    if (primitive) return { name: primitive, collection: false };
    const singular = type.fullName.endsWith('s')
      ? this.structured(type.fullName.slice(0, -1))
      : undefined;
    return singular?.kind === 'complex'
      ? { name: singular.fullName, collection: false }
      : undefined;
  }
}
