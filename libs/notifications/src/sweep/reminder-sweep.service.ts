import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { JobName, JobProducer, withinEnqueueWait } from '@parity/shared/queue';
import { ESCALATION_DIGEST } from './escalation-sql';
import { SESSION_UPCOMING } from './session-sweep-sql';
import { CERTIFICATE_EXPIRING, DUE_SOON, INACTIVE, NOT_STARTED, OVERDUE, type SweepSql } from './sweep-sql';

export const SWEEPS: SweepSql[] = [
  DUE_SOON,
  OVERDUE,
  NOT_STARTED,
  INACTIVE,
  CERTIFICATE_EXPIRING,
  ESCALATION_DIGEST,
  SESSION_UPCOMING,
];

/** Targets examined per statement: large enough to be quick, small enough to keep the sweep's memory flat. */
export const REMINDER_SWEEP_PAGE = 2000;
/**
 * After each page the sweep rests this share of the time the page took: the database and the machine stay
 * responsive for people using the api while it runs (it has minutes to spare; they do not).
 */
export const SWEEP_REST_SHARE = 0.5;
const FIRST_UUID = '00000000-0000-0000-0000-000000000000';

export interface SweepOptions {
  now?: Date;
  page?: number;
  /** Share of each page's time to rest after it (default SWEEP_REST_SHARE; 0 in tests that want speed). */
  restShare?: number;
}

const rest = (ms: number): Promise<void> =>
  ms > 0 ? new Promise((resolve) => setTimeout(resolve, Math.min(ms, 1000))) : Promise.resolve();

export interface SweepResult {
  kind: string;
  examined: number;
  written: number;
}

/**
 * The reminder sweeps: for each kind, pages through its candidates by keyset (two statements per page, whatever
 * the number of enrolments), writes the reminders that are due now in one `insert … select … on conflict do
 * nothing` and enqueues their delivery in bulk. Running it again, or twice at once, writes nothing more (the
 * reminder's unique key); a lost enqueue is re-done by the relay.
 */
@Injectable()
export class ReminderSweep {
  private readonly logger = new Logger(ReminderSweep.name);

  constructor(
    private readonly em: EntityManager,
    private readonly producer: JobProducer,
  ) {}

  async runAll(options: SweepOptions = {}): Promise<SweepResult[]> {
    const results: SweepResult[] = [];
    for (const sweep of SWEEPS) results.push(await this.run(sweep, options));
    return results;
  }

  async run(sweep: SweepSql, options: SweepOptions = {}): Promise<SweepResult> {
    const now = options.now ?? new Date();
    const size = options.page ?? REMINDER_SWEEP_PAGE;
    const connection = this.em.getConnection();
    let cursor = FIRST_UUID;
    let examined = 0;
    let written = 0;
    for (;;) {
      const started = performance.now();
      const page = await connection.execute<{ id: string }[]>(sweep.page, [cursor, size]);
      if (page.length === 0) break;
      examined += page.length;
      const ids = `{${page.map((row) => row.id).join(',')}}`;
      const inserted = await connection.execute<{ id: string }[]>(sweep.insert, sweep.insertParams(now, ids));
      written += inserted.length;
      if (inserted.length > 0) await this.enqueue(inserted.map((row) => row.id));
      cursor = page[page.length - 1]?.id ?? cursor;
      if (page.length < size) break;
      await rest((performance.now() - started) * (options.restShare ?? SWEEP_REST_SHARE));
    }
    if (written > 0) this.logger.log(`${sweep.kind}: ${written} reminder(s) written of ${examined} examined`);
    return { kind: sweep.kind, examined, written };
  }

  private async enqueue(ids: string[]): Promise<void> {
    try {
      await withinEnqueueWait(
        this.producer.enqueueMany(
          JobName.deliverNotification,
          ids.map((notificationId) => ({ notificationId })),
        ),
      );
    } catch (error) {
      this.logger.warn(`${ids.length} reminder(s) stay pending for the relay: ${(error as Error).message}`);
    }
  }
}
