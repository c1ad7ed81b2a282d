import { readFileSync } from 'node:fs';
import {
  MANIFEST_TEMPLATE_FILE,
  manifestPlaceholders,
  renderManifest,
  resolveDeploymentValues,
} from '../../scripts/package';
import type { AppManifest, DeploymentValues } from '../../scripts/package';

/** A deployment as an admin would configure it. */
export const CONTOSO = {
  APP_ID: '6f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  CLIENT_ID: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
  APP_URL: 'https://cx.contoso.com/',
} as const;

export function contosoValues(overrides: Record<string, string> = {}): DeploymentValues {
  return resolveDeploymentValues({
    envName: 'prod',
    fileValues: { ...CONTOSO, ...overrides },
    processEnv: {},
    defaultVersion: '1.2.3',
  });
}

/** The template rendered for {@link CONTOSO}. */
export function contosoManifest(): AppManifest {
  return renderManifest(
    readFileSync(MANIFEST_TEMPLATE_FILE, 'utf8'),
    manifestPlaceholders(contosoValues()),
  );
}

/** The value at a path of plain JSON, for assertions on a rendered manifest. */
export function at(json: unknown, ...keys: (string | number)[]): unknown {
  return keys.reduce<unknown>(
    (node, key) => (node as Record<string | number, unknown> | undefined)?.[key],
    json,
  );
}
