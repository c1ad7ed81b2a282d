import { graphErrors } from './errors';
import type { Handler, RouteDefinition } from './types';

interface CompiledRoute {
  readonly definition: RouteDefinition;
  readonly segments: readonly string[];
}

export interface RouteMatch {
  readonly handler: Handler;
  readonly params: Record<string, string>;
}

/**
 * Matches Graph paths against templates such as `/users/{userId}/events/{eventId}`. Literal
 * segments compare case-insensitively, as Graph does (`/Me/Events` works); parameter values keep
 * their case. OData key syntax `/events('id')` is read as `/events/id`.
 */
export class Router {
  private readonly routes: CompiledRoute[] = [];

  add(...definitions: RouteDefinition[]): this {
    for (const definition of definitions) {
      this.routes.push({ definition, segments: splitPath(definition.path) });
    }
    return this;
  }

  match(method: string, path: string): RouteMatch {
    const segments = splitPath(path);
    let pathMatched = false;
    for (const route of this.routes) {
      const params = matchSegments(route.segments, segments);
      if (!params) continue;
      pathMatched = true;
      if (route.definition.method === method.toUpperCase()) {
        return { handler: route.definition.handler, params };
      }
    }
    if (pathMatched) throw graphErrors.methodNotAllowed();
    throw graphErrors.noRoute(method, path);
  }
}

export function splitPath(path: string): string[] {
  return path
    .replace(/\('([^']*)'\)/g, '/$1')
    .replace(/\(([^)']+)\)/g, '/$1')
    .split('/')
    .filter((segment) => segment.length > 0)
    .map((segment) => decodeURIComponent(segment));
}

function matchSegments(
  template: readonly string[],
  actual: readonly string[],
): Record<string, string> | undefined {
  if (template.length !== actual.length) return undefined;
  const params: Record<string, string> = {};
  for (let index = 0; index < template.length; index++) {
    const expected = template[index] as string;
    const value = actual[index] as string;
    if (expected.startsWith('{') && expected.endsWith('}')) {
      params[expected.slice(1, -1)] = value;
    } else if (expected.toLowerCase() !== value.toLowerCase()) {
      return undefined;
    }
  }
  return params;
}
