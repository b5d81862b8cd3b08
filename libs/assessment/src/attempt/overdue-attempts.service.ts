import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AttemptSubmission } from './attempt-submission.service';

/** The server's side of the time limit: submits open attempts past their deadline with the answers saved so far. */
@Injectable()
export class OverdueAttempts {
  private readonly logger = new Logger(OverdueAttempts.name);

  constructor(
    private readonly em: EntityManager,
    private readonly submission: AttemptSubmission,
  ) {}

  /** The deadline job: closes this attempt if it is still open and overdue (a repeat changes nothing). */
  close(attemptId: string): Promise<boolean> {
    return this.submission.submit(attemptId, { automatic: true });
  }

  /** The sweep: closes attempts whose deadline (and grace) passed, e.g. when their job was lost. */
  async closeAll(graceMs: number, limit = 200): Promise<number> {
    const rows = await this.em.execute<{ id: string }[]>(
      `select "id" from "quiz_attempt" where "status" = 'in_progress' and "deadline_at" < now() - (? * interval '1 millisecond')
       order by "deadline_at" limit ?`,
      [graceMs, limit],
    );
    let closed = 0;
    for (const { id } of rows) {
      try {
        if (await this.close(id)) closed += 1;
      } catch (error) {
        this.logger.warn(`attempt ${id} not closed: ${String(error)}`);
      }
    }
    return closed;
  }
}
