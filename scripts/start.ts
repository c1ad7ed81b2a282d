/**
 * `npm start`: the embedded default. Starts the local Microsoft Graph emulator with the demo tenant
 * (state kept in .data/graph.json) and says what a newcomer can do with it today. The Teams app
 * surfaces that will run against it (hub, planner, side panel, summary) are not built yet, and this
 * says so rather than pretending.
 */
import { startEmulator } from '../emulator/server';
import { personasOf } from '../emulator/core/graphServer';

interface Persona {
  readonly userPrincipalName: string;
  readonly displayName: string;
  readonly department: string | null;
  readonly timeZone: string | null;
}

async function main(): Promise<void> {
  const port = Number(process.env.CX_CADENCE_EMULATOR_PORT ?? 4000);
  const emulator = await startEmulator({ port });
  const personas = personasOf(emulator.state()) as Persona[];
  // The CX lead is who schedules the cadence: the natural first sign-in.
  const lead =
    personas.find((persona) => persona.department === 'Customer Experience') ?? personas[0];
  const first = lead?.userPrincipalName ?? '<persona>';
  console.log(`Graph emulator listening on ${emulator.url}`);
  console.log(`\nCX Cadence, local run. Microsoft Graph v1.0 is emulated at ${emulator.graphUrl}`);
  console.log('with the demo tenant (state in .data/graph.json; delete it to start afresh).\n');
  console.log('Sign in as any persona:');
  for (const persona of personas) {
    console.log(
      `  ${persona.userPrincipalName.padEnd(34)} ${persona.displayName.padEnd(20)} ${String(persona.department).padEnd(22)} ${persona.timeZone}`,
    );
  }
  console.log(`\nTry it:
  TOKEN=$(curl -s -X POST ${emulator.url}/emulator/token -d '{"userPrincipalName":"${first}"}' | node -pe 'JSON.parse(require("fs").readFileSync(0)).access_token')
  curl -s -H "Authorization: Bearer $TOKEN" ${emulator.graphUrl}/me/events?\\$top=3

Not built yet: the Teams app itself (CX hub, cadence planner, meeting side panel, summary) with
its sign-in. It will be served here, against this emulator, through the Graph gateway in
src/graph (tested against it today). \`npm run walkthrough\` shows the domain core at work.
Stop with Ctrl+C.`);
  const stop = () => {
    void emulator.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main().catch((error: unknown) => {
  console.error(`npm start: ${(error as Error).message}`);
  process.exit(1);
});
