import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/** Counts the SQL statements the process sends (every query through the ORM's connection, raw ones too). */
export class StatementCounter {
  private count = 0;
  private readonly listener = (): void => {
    this.count += 1;
  };
  private readonly knex: {
    on(event: 'query', listener: () => void): void;
    off(event: 'query', listener: () => void): void;
  };

  constructor(orm: MikroORM) {
    this.knex = (orm.em as EntityManager).getConnection().getKnex();
    this.knex.on('query', this.listener);
  }

  /** Runs `work` and returns how many statements it issued (run nothing else in parallel). */
  async measure(work: () => Promise<unknown>): Promise<number> {
    const before = this.count;
    await work();
    return this.count - before;
  }

  stop(): void {
    this.knex.off('query', this.listener);
  }
}
