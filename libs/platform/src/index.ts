export { PLATFORM_ENTITIES } from './platform-entities';
export { platformOrmOptions, MIGRATIONS_SOURCE_DIR } from './orm.config';
export { PlatformDatabaseModule } from './database.module';
export { seedDemo, DEMO_PASSWORD, type DemoLogin } from './seed/demo-seeder';
export {
  seedRegionalData,
  DEMO_REGIONAL_DATA,
  type RegionalDataOptions,
  type RegionalDataSummary,
} from './seed/regional-data';
export { MIGRATIONS } from './migrations';
export { writeMigrationIndex } from './migrations/write-index';
export { repoRoot } from './repo-root';
