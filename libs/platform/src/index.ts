export { PLATFORM_ENTITIES } from './platform-entities';
export { platformOrmOptions, MIGRATIONS_SOURCE_DIR } from './orm.config';
export { PlatformDatabaseModule } from './database.module';
export { repoRoot } from './repo-root';
