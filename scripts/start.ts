/**
 * `npm start`: the embedded default. Starts the local Microsoft Graph emulator with the demo tenant
 * (state kept in .data/graph.json), builds the Teams app against it (development mode) and serves
 * it on 127.0.0.1, then prints where everything is. The surfaces not built yet are named as such
 * rather than pretended.
 */
import path from 'node:path';
import { startEmulator } from '../emulator/server';
import { personasOf } from '../emulator/core/graphServer';
import {
  DEFAULT_APP_PORT,
  SIDE_PANEL_WIDTH_PX,
  buildApp,
  builtSurfaces,
  missingSurfaces,
  startAppServer,
} from './serveApp';

interface Persona {
  readonly userPrincipalName: string;
  readonly displayName: string;
  readonly department: string | null;
  readonly timeZone: string | null;
}

const SURFACE_NAMES: Readonly<Record<string, string>> = {
  signIn: 'sign-in (persona picker)',
  hub: 'CX hub',
  planner: 'cadence planner',
  sidePanel: 'meeting side panel',
  summary: 'meeting summary',
  configure: 'tab configuration page',
  outlookCommands: 'Outlook command page',
};

/**
 * Pages not to open bare: the sign-in popup's return page, and the pages of one meeting (the side
 * panel and the summary need the meeting in their address; the planner's rota links to them).
 */
const UNLISTED_SURFACES = new Set(['auth-redirect', 'sidePanel', 'summary']);

async function main(): Promise<void> {
  const port = Number(process.env.CX_CADENCE_EMULATOR_PORT ?? 4000);
  const appPort = Number(process.env.CX_CADENCE_APP_PORT ?? DEFAULT_APP_PORT);
  const outDir = path.resolve(__dirname, '../dist');
  const emulator = await startEmulator({ port });
  console.log(`Graph emulator listening on ${emulator.url}`);
  console.log('Building the app (webpack, development mode)…');
  await buildApp({
    mode: 'development',
    outDir,
    config: {
      CX_CADENCE_AUTH_MODE: process.env.CX_CADENCE_AUTH_MODE || 'emulator',
      CX_CADENCE_EMULATOR_URL: process.env.CX_CADENCE_EMULATOR_URL || emulator.url,
      CX_CADENCE_GRAPH_BASE_URL: process.env.CX_CADENCE_GRAPH_BASE_URL || emulator.graphUrl,
    },
  });
  const app = await startAppServer({ root: outDir, port: appPort });
  const stop = () => {
    void Promise.all([app.close(), emulator.close()]).then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  printWelcome({
    appUrl: app.url,
    emulatorUrl: emulator.url,
    graphUrl: emulator.graphUrl,
    personas: personasOf(emulator.state()) as Persona[],
    built: builtSurfaces(outDir),
    missing: missingSurfaces(outDir),
  });
}

function printWelcome(run: {
  readonly appUrl: string;
  readonly emulatorUrl: string;
  readonly graphUrl: string;
  readonly personas: readonly Persona[];
  readonly built: readonly string[];
  readonly missing: readonly string[];
}): void {
  // The CX lead is who schedules the cadence: the natural first sign-in.
  const lead =
    run.personas.find((persona) => persona.department === 'Customer Experience') ?? run.personas[0];
  const first = lead?.userPrincipalName ?? '<persona>';
  console.log(`\nCX Cadence, local run. Microsoft Graph v1.0 is emulated at ${run.graphUrl}`);
  console.log('with the demo tenant (state in .data/graph.json; delete it to start afresh).\n');
  console.log('Open in a browser:');
  for (const surface of run.built.filter((name) => !UNLISTED_SURFACES.has(name))) {
    const name = SURFACE_NAMES[surface] ?? surface;
    console.log(`  ${name.padEnd(26)} ${run.appUrl}/${surface}.html`);
  }
  console.log(
    `  ${'local meeting page'.padEnd(26)} ${run.appUrl}/meeting.html?groupId=…&cadenceId=…&occurrence=…`,
  );
  console.log(
    `  ${''.padEnd(26)} the side panel at ${SIDE_PANEL_WIDTH_PX} px beside a meeting placeholder, for any`,
  );
  console.log(
    `  ${''.padEnd(26)} occurrence of a scheduled cadence: the planner's rota links each meeting here.`,
  );
  console.log(`  ${'Graph emulator'.padEnd(26)} ${run.emulatorUrl}/emulator/personas`);
  console.log(
    '  Add ?theme=dark or ?theme=contrast to any page for the Teams dark or contrast theme.',
  );
  if (run.missing.length > 0) {
    console.log(
      `\nNot built yet: ${run.missing.map((surface) => SURFACE_NAMES[surface] ?? surface).join(', ')}.`,
    );
  }
  console.log('\nSign in as any persona:');
  for (const persona of run.personas) {
    console.log(
      `  ${persona.userPrincipalName.padEnd(34)} ${persona.displayName.padEnd(20)} ${String(persona.department).padEnd(22)} ${persona.timeZone}`,
    );
  }
  console.log(`\nOr call Graph directly:
  TOKEN=$(curl -s -X POST ${run.emulatorUrl}/emulator/token -d '{"userPrincipalName":"${first}"}' | node -pe 'JSON.parse(require("fs").readFileSync(0)).access_token')
  curl -s -H "Authorization: Bearer $TOKEN" ${run.graphUrl}/me/events?\\$top=3

\`npm run walkthrough\` shows the domain core at work. Stop with Ctrl+C.`);
}

void main().catch((error: unknown) => {
  console.error(`npm start: ${(error as Error).message}`);
  process.exit(1);
});
