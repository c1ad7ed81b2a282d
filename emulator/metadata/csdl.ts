/**
 * Reads Graph's CSDL document (`graph-v1.0-metadata.xml`) into the small model that body
 * validation needs: structured types (properties, navigation properties, base type, open or not),
 * enum types (members, flags) and actions (parameters). Everything else in the document
 * (annotations, functions, the entity container, vocabulary terms) is dropped before parsing, which
 * keeps a cold parse of the 3.5 MB file well under the emulator's start-up budget.
 */
import { XMLParser } from 'fast-xml-parser';

/** A property's or parameter's type: `Edm.String`, `microsoft.graph.attendee`, `Collection(...)`. */
export interface TypeRef {
  /** Fully qualified element type, aliases resolved (`graph.user` → `microsoft.graph.user`). */
  readonly name: string;
  readonly collection: boolean;
}

export interface PropertyDef {
  readonly name: string;
  readonly type: TypeRef;
  /** CSDL `Nullable`; true unless the document says `Nullable="false"`. */
  readonly nullable: boolean;
  readonly navigation: boolean;
}

export interface StructuredTypeDef {
  readonly kind: 'entity' | 'complex';
  readonly fullName: string;
  readonly baseType: string | undefined;
  /** `OpenType="true"` on this type itself (openness is also inherited, see ModelIndex). */
  readonly openDeclared: boolean;
  readonly properties: readonly PropertyDef[];
}

export interface EnumMemberDef {
  readonly name: string;
  readonly value: string;
}

export interface EnumTypeDef {
  readonly kind: 'enum';
  readonly fullName: string;
  readonly flags: boolean;
  readonly members: readonly EnumMemberDef[];
}

export interface ActionDef {
  readonly name: string;
  readonly fullName: string;
  /** Type of the binding parameter for bound actions (`microsoft.graph.user` for sendMail). */
  readonly bindingType: TypeRef | undefined;
  /** Parameters a request body may carry (the binding parameter excluded). */
  readonly parameters: readonly PropertyDef[];
}

export type TypeDef = StructuredTypeDef | EnumTypeDef;

export interface CsdlModel {
  /** Schema alias → namespace (`graph` → `microsoft.graph`), for type names written with an alias. */
  readonly aliases: ReadonlyMap<string, string>;
  /** By fully qualified name. */
  readonly types: ReadonlyMap<string, TypeDef>;
  /** By simple name (`sendMail`); overloads bound to different types share a name. */
  readonly actions: ReadonlyMap<string, readonly ActionDef[]>;
}

/* ---------- raw shapes produced by fast-xml-parser (attributes without prefix) ---------- */

interface RawProperty {
  readonly Name: string;
  readonly Type: string;
  readonly Nullable?: string;
}
interface RawStructured {
  readonly Name: string;
  readonly BaseType?: string;
  readonly OpenType?: string;
  readonly Property?: readonly RawProperty[];
  readonly NavigationProperty?: readonly RawProperty[];
}
interface RawEnum {
  readonly Name: string;
  readonly IsFlags?: string;
  readonly Member?: readonly { readonly Name: string; readonly Value?: string }[];
}
interface RawAction {
  readonly Name: string;
  readonly IsBound?: string;
  readonly Parameter?: readonly RawProperty[];
}
interface RawSchema {
  readonly Namespace: string;
  readonly Alias?: string;
  readonly EntityType?: readonly RawStructured[];
  readonly ComplexType?: readonly RawStructured[];
  readonly EnumType?: readonly RawEnum[];
  readonly Action?: readonly RawAction[];
}

/** Elements that may repeat: the parser always gives arrays for them, never a lone object. */
const REPEATED_ELEMENTS = new Set([
  'Schema',
  'EntityType',
  'ComplexType',
  'EnumType',
  'Action',
  'Property',
  'NavigationProperty',
  'Member',
  'Parameter',
]);

/**
 * Whole blocks that validation never reads. None of them nests inside itself, so a lazy match to
 * the closing tag removes exactly one element. Inline `<Annotation>` elements inside types are
 * left to the parser's stop nodes instead, because an annotation's record may nest others.
 */
const UNUSED_BLOCKS: readonly RegExp[] = ['Annotations', 'EntityContainer', 'Function', 'Term'].map(
  (element) => elementPattern(element),
);

/** Matches one `<Name …/>` or `<Name …>…</Name>` element (lazy, so never two of them at once). */
function elementPattern(element: string): RegExp {
  return new RegExp(`<${element}\\b[^>]*?(?:/>|>[\\s\\S]*?</${element}>)`, 'g');
}

/** Self-closing inline annotations (`<Annotation Term="…" String="…" />`), the bulk of them. */
const SELF_CLOSING_ANNOTATION = /<Annotation\b[^>]*\/>/g;
const BETWEEN_TAGS_WHITESPACE = />\s+</g;

function withoutUnusedBlocks(xml: string): string {
  const kept = UNUSED_BLOCKS.reduce(
    (text, pattern) => text.replace(pattern, ''),
    xml.replace(SELF_CLOSING_ANNOTATION, ''),
  );
  // Indentation between tags is a fifth of what is left and only makes the parser work.
  return kept.replace(BETWEEN_TAGS_WHITESPACE, '><');
}

function parseXml(xml: string): RawSchema[] {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    parseAttributeValue: false,
    processEntities: false,
    ignoreDeclaration: true,
    isArray: (name, _jpath, _isLeaf, isAttribute) => !isAttribute && REPEATED_ELEMENTS.has(name),
    stopNodes: ['*.Annotation', '*.ReturnType'],
  });
  // The parser's output is untyped JSON; the interfaces above describe the CSDL elements we read.
  const document = parser.parse(withoutUnusedBlocks(xml)) as {
    'edmx:Edmx'?: { 'edmx:DataServices'?: { Schema?: RawSchema[] } };
  };
  const schemas = document['edmx:Edmx']?.['edmx:DataServices']?.Schema;
  if (!schemas || schemas.length === 0) {
    throw new Error('The Graph metadata document has no <Schema> element: is it a CSDL file?');
  }
  return schemas;
}

/** Resolves schema aliases (`graph.user`, `self.alert`) to namespaces. */
class TypeNameResolver {
  readonly namespaceByAlias = new Map<string, string>();

  constructor(schemas: readonly RawSchema[]) {
    for (const schema of schemas) {
      if (schema.Alias) this.namespaceByAlias.set(schema.Alias, schema.Namespace);
    }
  }

  qualify(name: string): string {
    const dot = name.lastIndexOf('.');
    if (dot < 0) return name;
    const namespace = this.namespaceByAlias.get(name.slice(0, dot));
    return namespace ? `${namespace}${name.slice(dot)}` : name;
  }

  typeRef(type: string): TypeRef {
    const match = /^Collection\((.+)\)$/.exec(type);
    return match?.[1]
      ? { name: this.qualify(match[1]), collection: true }
      : { name: this.qualify(type), collection: false };
  }
}

function isTrue(attribute: string | undefined): boolean {
  return attribute === 'true';
}

function propertyDef(
  raw: RawProperty,
  resolver: TypeNameResolver,
  navigation: boolean,
): PropertyDef {
  return {
    name: raw.Name,
    type: resolver.typeRef(raw.Type),
    nullable: raw.Nullable !== 'false',
    navigation,
  };
}

function structuredDef(
  raw: RawStructured,
  kind: 'entity' | 'complex',
  namespace: string,
  resolver: TypeNameResolver,
): StructuredTypeDef {
  return {
    kind,
    fullName: `${namespace}.${raw.Name}`,
    baseType: raw.BaseType ? resolver.qualify(raw.BaseType) : undefined,
    openDeclared: isTrue(raw.OpenType),
    properties: [
      ...(raw.Property ?? []).map((p) => propertyDef(p, resolver, false)),
      ...(raw.NavigationProperty ?? []).map((p) => propertyDef(p, resolver, true)),
    ],
  };
}

function enumDef(raw: RawEnum, namespace: string): EnumTypeDef {
  return {
    kind: 'enum',
    fullName: `${namespace}.${raw.Name}`,
    flags: isTrue(raw.IsFlags),
    members: (raw.Member ?? []).map((m, index) => ({
      name: m.Name,
      value: m.Value ?? String(index),
    })),
  };
}

function actionDef(raw: RawAction, namespace: string, resolver: TypeNameResolver): ActionDef {
  const parameters = (raw.Parameter ?? []).map((p) => propertyDef(p, resolver, false));
  const bound = isTrue(raw.IsBound);
  return {
    name: raw.Name,
    fullName: `${namespace}.${raw.Name}`,
    bindingType: bound ? parameters[0]?.type : undefined,
    parameters: bound ? parameters.slice(1) : parameters,
  };
}

/** Parses a CSDL (OData v4 `$metadata`) document into the validation model. */
export function parseCsdl(xml: string): CsdlModel {
  const schemas = parseXml(xml);
  const resolver = new TypeNameResolver(schemas);
  const types = new Map<string, TypeDef>();
  const actions = new Map<string, ActionDef[]>();
  for (const schema of schemas) {
    const namespace = schema.Namespace;
    for (const raw of schema.EntityType ?? []) {
      const def = structuredDef(raw, 'entity', namespace, resolver);
      types.set(def.fullName, def);
    }
    for (const raw of schema.ComplexType ?? []) {
      const def = structuredDef(raw, 'complex', namespace, resolver);
      types.set(def.fullName, def);
    }
    for (const raw of schema.EnumType ?? []) {
      const def = enumDef(raw, namespace);
      types.set(def.fullName, def);
    }
    for (const raw of schema.Action ?? []) {
      const def = actionDef(raw, namespace, resolver);
      actions.set(def.name, [...(actions.get(def.name) ?? []), def]);
    }
  }
  return { aliases: resolver.namespaceByAlias, types, actions };
}
