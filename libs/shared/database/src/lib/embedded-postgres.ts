import { mkdir } from 'node:fs/promises';
import type { Extension } from '@electric-sql/pglite';

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

/**
 * Runs PGlite (PostgreSQL compiled to WebAssembly) behind the PostgreSQL wire protocol, with its data in
 * `dataDir`. For `npm start` on a machine without PostgreSQL; not for production.
 */
export async function startEmbeddedPostgres(dataDir: string, port: number): Promise<EmbeddedPostgres> {
  await mkdir(dataDir, { recursive: true });
  const { PGlite } = await import('@electric-sql/pglite');
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  // btree_gist: the coaching sessions' no-double-booking exclusion constraint needs it (CREATE EXTENSION in a migration).
  // (A package subpath this repo's module resolution does not follow: imported by name, typed here.)
  const contrib = '@electric-sql/pglite/contrib/btree_gist';
  const { btree_gist } = (await import(contrib)) as { btree_gist: Extension };
  const db = await PGlite.create(dataDir, { extensions: { btree_gist } });
  const server = new PGLiteSocketServer({ db, port, host: '127.0.0.1', maxConnections: 32 });
  await server.start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
