/**
 * A small interval job runner (the scheduler's publisher, expiring breaking news…). Each job
 * runs every `everyMs`; a run never overlaps the previous run of the same job; failures are
 * logged and the next tick tries again. Safe with several processes only because every job
 * is itself safe to run concurrently (see content/articles/publish-due-articles.ts).
 */
import type { Logger } from './logger.js';

export interface Job {
  name: string;
  everyMs: number;
  run(): Promise<unknown>;
}

export class JobRunner {
  private jobs: Job[] = [];
  private timers: NodeJS.Timeout[] = [];
  private running = new Map<string, Promise<void>>();
  private stopped = false;

  constructor(private logger?: Logger) {}

  add(job: Job): this {
    this.jobs.push(job);
    return this;
  }

  /** Runs one job now (unless it is already running) and resolves when it is done. */
  async runNow(name: string): Promise<void> {
    const job = this.jobs.find((j) => j.name === name);
    if (!job) throw new Error(`no job ${name}`);
    await this.tick(job);
  }

  private tick(job: Job): Promise<void> {
    const busy = this.running.get(job.name);
    if (busy) return busy;
    const p = (async () => {
      try {
        await job.run();
      } catch (err) {
        this.logger?.error({ err, job: job.name }, 'job failed');
      } finally {
        this.running.delete(job.name);
      }
    })();
    this.running.set(job.name, p);
    return p;
  }

  /** Starts every job's timer (timers do not keep the process alive). */
  start(): void {
    if (this.stopped || this.timers.length) return;
    for (const job of this.jobs) {
      const t = setInterval(() => void this.tick(job), job.everyMs);
      t.unref();
      this.timers.push(t);
    }
  }

  /** Stops the timers and waits for runs in progress. */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const t of this.timers) clearInterval(t);
    this.timers = [];
    await Promise.all([...this.running.values()]);
  }
}
