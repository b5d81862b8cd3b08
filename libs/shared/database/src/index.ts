export { ServiceUnavailableError } from './lib/service-unavailable.error';
export { describePostgres, databaseName, withDatabase } from './lib/postgres-url';
export {
  isPostgresAnswering,
  ensureDatabase,
  dropDatabase,
  assertPostgresReachable,
} from './lib/postgres-check';
export { startEmbeddedPostgres, type EmbeddedPostgres } from './lib/embedded-postgres';
export { createOrmOptions, type OrmOptionsInput } from './lib/orm-options';
export { BaseEntity } from './lib/base.entity';
export { encodeCursor, decodeCursor, clampPageSize, type CursorKey } from './lib/cursor';
export { LoaderRegistry } from './lib/loader-registry';
export { isUuid } from './lib/uuid';
