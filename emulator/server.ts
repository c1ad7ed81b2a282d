import { graphRoutes } from './graph';
import { loadGraphMetadata } from './metadata/graphMetadata';
import { seedTenant } from './seed';
import { startGraphServer } from './core/graphServer';
import type { EmulatorOptions, RunningEmulator } from './core/graphServer';

export { DEFAULT_DATA_FILE, DEFAULT_PORT } from './core/graphServer';
export type { EmulatorOptions, RunningEmulator, SeedKind } from './core/graphServer';

/**
 * Starts the Graph emulator on 127.0.0.1 with every Graph area, the seeded tenants and request
 * bodies checked against Graph's v1.0 metadata; resolves once it accepts requests.
 *
 * @example
 * const emulator = await startEmulator({ port: 0, inMemory: true });
 * const { access_token } = await (await fetch(`${emulator.url}/emulator/token`, {
 *   method: 'POST', body: JSON.stringify({ userPrincipalName: '<a persona>' }),
 * })).json();
 * await fetch(`${emulator.graphUrl}/me`, { headers: { Authorization: `Bearer ${access_token}` } });
 * await emulator.close();
 */
export function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const metadata = loadGraphMetadata(options.metadataPath ? { path: options.metadataPath } : {});
  return startGraphServer(
    {
      routes: graphRoutes,
      seed: seedTenant,
      validate: (typeName, body) => metadata.validate(typeName, body),
    },
    options,
  );
}
