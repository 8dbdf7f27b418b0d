/** Runs Prism as a child process on 127.0.0.1 and an internal free port. */
import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

export interface PrismProcess {
  port: number;
  pid: number;
  /** Last lines Prism wrote (stdout and stderr), for diagnostics. */
  output(): string[];
  alive(): boolean;
  stop(): Promise<void>;
}

export interface PrismOptions {
  specFile: string;
  startTimeoutMs?: number;
  /** Called with each line Prism writes. */
  onOutput?: (line: string) => void;
}

const OUTPUT_LINES = 200;
const CHILD_ENTRY = fileURLToPath(new URL('./prism-child.js', import.meta.url));

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export async function startPrism(options: PrismOptions): Promise<PrismProcess> {
  let lastError: unknown;
  // A free port can be taken between probing and Prism's bind; try a few.
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await startOnce(options, await freePort());
    } catch (e) {
      lastError = e;
      if (!(e instanceof PrismExitedError)) break;
    }
  }
  throw lastError;
}

class PrismExitedError extends Error {}

async function startOnce(options: PrismOptions, port: number): Promise<PrismProcess> {
  const args = [
    CHILD_ENTRY,
    'mock',
    options.specFile,
    '--host', '127.0.0.1',
    '--port', String(port),
    '--multiprocess=false',
    '--cors=false',
    // Response violations become errors, so drift between the mock spec and Prism's output shows up.
    '--errors',
    // No random extra properties in dynamic data: the codec would reject them.
    '--json-schema-faker-fillProperties=false',
    '--verboseLevel', 'info',
  ];
  const child = spawn(process.execPath, args, {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, NODE_ENV: 'production', FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  const lines: string[] = [];
  const record = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (!line.trim()) continue;
      lines.push(line);
      if (lines.length > OUTPUT_LINES) lines.shift();
      options.onOutput?.(line);
    }
  };
  child.stdout!.on('data', record);
  child.stderr!.on('data', record);
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once('exit', () => ((exited = true), resolve())));
  child.once('error', (e) => lines.push(`spawn error: ${e.message}`));

  const stop = async () => {
    if (exited) return;
    child.stdin!.end();
    child.kill('SIGTERM');
    if (await within(exit, 5000)) return;
    child.kill('SIGKILL');
    await within(exit, 5000);
  };

  const deadline = Date.now() + (options.startTimeoutMs ?? 30_000);
  while (Date.now() < deadline) {
    if (exited) throw new PrismExitedError(`Prism exited before it was ready:\n${lines.slice(-20).join('\n')}`);
    if (await answers(port)) {
      return { port, pid: child.pid!, output: () => [...lines], alive: () => !exited, stop };
    }
    await sleep(100);
  }
  await stop();
  throw new Error(`Prism did not answer on 127.0.0.1:${port} within ${options.startTimeoutMs ?? 30_000} ms:\n${lines.slice(-20).join('\n')}`);
}

function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path: '/__regrws_mock_ready', method: 'GET', timeout: 1000 }, (res) => {
      res.resume();
      resolve(true);
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(false));
    req.end();
  });
}

async function within(p: Promise<void>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const done = await Promise.race([p.then(() => true), new Promise<boolean>((r) => (timer = setTimeout(() => r(false), ms)))]);
  clearTimeout(timer);
  return done;
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

export type { ChildProcess };
