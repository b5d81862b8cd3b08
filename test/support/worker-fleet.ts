import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { waitFor } from './wait-for';

const root = join(__dirname, '../..');

/**
 * Worker processes for the chaos tests: the built worker (`dist/server`, which the test run's global setup builds),
 * with this process's environment and a short job lock, so that a killed worker's jobs are taken over in seconds.
 */
export class WorkerFleet {
  private readonly workers = new Set<ChildProcess>();
  private killer: NodeJS.Timeout | null = null;
  /** Workers killed by `killOneEvery` so far. */
  kills = 0;

  constructor(private readonly lockMs: number) {}

  start(count: number): void {
    for (let i = 0; i < count; i++) this.spawnOne();
  }

  /** SIGKILL a random worker every `ms` and start another in its place, until `stopKilling`. */
  killOneEvery(ms: number): void {
    this.killer = setInterval(() => {
      const alive = [...this.workers];
      const victim = alive[Math.floor(Math.random() * alive.length)];
      if (!victim) return;
      victim.kill('SIGKILL');
      this.kills += 1;
      this.spawnOne();
    }, ms);
  }

  stopKilling(): void {
    if (this.killer) clearInterval(this.killer);
    this.killer = null;
  }

  /** A graceful stop (SIGTERM): each worker finishes its running jobs. */
  async stop(): Promise<void> {
    this.stopKilling();
    for (const child of this.workers) child.kill('SIGTERM');
    await waitFor(async () => (this.workers.size === 0 ? true : undefined), {
      timeoutMs: 60_000,
      intervalMs: 100,
    });
  }

  killAll(): void {
    this.stopKilling();
    for (const child of this.workers) child.kill('SIGKILL');
  }

  private spawnOne(): void {
    const child = spawn(process.execPath, [join(root, 'dist/server/apps/worker/src/main.js')], {
      cwd: root,
      env: { ...process.env, WORKER_LOCK_DURATION_MS: String(this.lockMs), LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    this.workers.add(child);
    child.on('exit', () => this.workers.delete(child));
  }
}
