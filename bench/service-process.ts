import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** bin/incident-ledger.js, found upwards: this file runs from bench/ under jest and from dist/bench/ built. */
function cliPath(): string {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, 'bin', 'incident-ledger.js');
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(`bin/incident-ledger.js not found above ${__dirname}`);
}
const LISTENING = /listening on (http:\/\/\S+)\s/;

/**
 * `incident-ledger serve` in a process of its own, as it is deployed. It asks for PORT=0 and reads
 * the address it got from its start-up line, so two runs never race for a port; what it printed is
 * kept, so a service that does not come up says why.
 */
export class ServiceProcess {
  private readonly child: ChildProcess;
  private output = '';
  private failed?: Error;
  private readonly exit: Promise<void>;

  /** `logs: false` sends the logs (standard output) nowhere, as a benchmark under load wants. */
  constructor(args: string[], env: NodeJS.ProcessEnv, options: { nodeOptions?: string[]; logs?: boolean } = {}) {
    const stdout = options.logs === false ? 'ignore' : 'pipe';
    // (On loopback, as the tests and benches reach it.)
    this.child = spawn(process.execPath, [...(options.nodeOptions ?? []), cliPath(), 'serve', ...args], { env: { ...env, PORT: '0', HOST: '127.0.0.1' }, stdio: ['ignore', stdout, 'pipe'] });
    const keep = (chunk: string) => {
      this.output = (this.output + chunk).slice(-20_000);
    };
    this.child.stdout?.setEncoding('utf8').on('data', keep);
    this.child.stderr?.setEncoding('utf8').on('data', keep);
    // (A process that could not be spawned emits 'error' and never 'exit'.)
    this.exit = new Promise((resolve) => {
      this.child.once('exit', () => resolve());
      this.child.once('error', (error) => {
        this.failed = error;
        resolve();
      });
    });
  }

  get pid(): number {
    if (this.child.pid === undefined) throw new Error(`the service did not start: ${this.failed?.message ?? 'no pid'}`);
    return this.child.pid;
  }

  get exited(): boolean {
    return this.child.exitCode !== null || this.child.signalCode !== null || !!this.failed;
  }

  /** The base URL once the API listens; rejects with the process's output when it exits or stalls first. */
  async listening(timeoutMs = 90_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = LISTENING.exec(this.output);
      if (found) return found[1];
      if (this.exited) throw new Error(`the service exited (${this.failed?.message ?? this.child.exitCode ?? this.child.signalCode}) before listening:\n${this.tail()}`);
      if (Date.now() > deadline) throw new Error(`the service did not listen within ${timeoutMs} ms:\n${this.tail()}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** Stops it with `signal`; a process that has not exited 15 s later is killed. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    if (this.exited) return;
    this.child.kill(signal);
    const late = setTimeout(() => this.child.kill('SIGKILL'), 15_000);
    await this.exit;
    clearTimeout(late);
  }

  tail(lines = 40): string {
    return this.output.split('\n').slice(-lines).join('\n');
  }
}
