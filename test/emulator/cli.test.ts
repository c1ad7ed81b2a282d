import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArguments } from '../../emulator/cli';

/** `npm run emulator` as the contract describes it, run as a real process. */
const repoRoot = join(__dirname, '..', '..');
const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx');

interface Started {
  readonly child: ChildProcessWithoutNullStreams;
  readonly url: string;
}

function startCli(args: string[]): Promise<Started> {
  const child = spawn(tsx, ['emulator/cli.ts', ...args], { cwd: repoRoot });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`the emulator did not say it was listening: ${output}`));
    }, 20_000);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /^Graph emulator listening on (http:\/\/127\.0\.0\.1:\d+)$/m.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ child, url: match[1] });
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the emulator exited with ${code}: ${output}`));
    });
  });
}

function runToExit(args: string[]): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(tsx, ['emulator/cli.ts', ...args], { cwd: repoRoot });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stderr })));
}

async function stop(started: Started): Promise<void> {
  const exited = new Promise((resolve) => started.child.on('exit', resolve));
  started.child.kill('SIGTERM');
  await exited;
}

describe('npm run emulator', () => {
  jest.setTimeout(60_000);
  const folder = mkdtempSync(join(tmpdir(), 'cx-emulator-cli-'));

  it('prints its address on 127.0.0.1 and serves the demo personas and Graph', async () => {
    const started = await startCli(['--port', '0', '--in-memory']);
    try {
      const personas = (await (await fetch(`${started.url}/emulator/personas`)).json()) as {
        userPrincipalName: string;
      }[];
      expect(personas.length).toBeGreaterThanOrEqual(10);
      const token = (await (
        await fetch(`${started.url}/emulator/token`, {
          method: 'POST',
          body: JSON.stringify({ userPrincipalName: personas[0]?.userPrincipalName }),
        })
      ).json()) as { access_token: string };
      const me = await fetch(`${started.url}/v1.0/me`, {
        headers: { authorization: `Bearer ${token.access_token}` },
      });
      expect(me.status).toBe(200);
      expect(((await me.json()) as { userPrincipalName: string }).userPrincipalName).toBe(
        personas[0]?.userPrincipalName,
      );
    } finally {
      await stop(started);
    }
  });

  it('writes its data file and starts from it next time', async () => {
    const dataFile = join(folder, 'graph.json');
    const first = await startCli(['--port', '0', '--data', dataFile, '--seed', 'empty']);
    await stop(first);
    expect(existsSync(dataFile)).toBe(true);
    const written = readFileSync(dataFile, 'utf8');
    const second = await startCli(['--port', '0', '--data', dataFile, '--seed', 'demo']);
    await stop(second);
    // The seed applies only when the file does not exist yet: the empty tenant was kept.
    expect(Object.keys(JSON.parse(readFileSync(dataFile, 'utf8')).events)).toEqual(
      Object.keys(JSON.parse(written).events),
    );
  });

  it('refuses a corrupt data file with a clear message and leaves it as it was', async () => {
    const dataFile = join(folder, 'corrupt.json');
    writeFileSync(dataFile, '{"formatVersion":');
    const result = await runToExit(['--port', '0', '--data', dataFile]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/cannot be read: it is not valid JSON/);
    expect(readFileSync(dataFile, 'utf8')).toBe('{"formatVersion":');
  });

  it.each([
    [['--port', 'x'], '--port must be 0–65535'],
    [['--seed', 'big'], '--seed must be demo or empty'],
    [['--data', 'a.json', '--in-memory'], 'either --data or --in-memory'],
    [['--colour'], 'unknown option --colour'],
  ])('explains a wrong option %j', (args, message) => {
    expect(() => parseArguments(args)).toThrow(message);
  });

  it('reads every option of the contract', () => {
    expect(parseArguments(['--port', '4100', '--data', 'x.json', '--seed', 'empty'])).toEqual({
      port: 4100,
      dataFile: 'x.json',
      seed: 'empty',
    });
    expect(parseArguments(['--in-memory'])).toEqual({ inMemory: true });
  });
});
