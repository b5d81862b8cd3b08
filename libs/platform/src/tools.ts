// The command line's and tests' part of the platform (demo data, migrations): kept out of the main entry point,
// which the api and worker load at every start.
export { seedDemo, DEMO_PASSWORD, type DemoLogin } from './seed/demo-seeder';
export {
  seedRegionalData,
  DEMO_REGIONAL_DATA,
  type RegionalDataOptions,
  type RegionalDataSummary,
} from './seed/regional-data';
export { MIGRATIONS } from './migrations';
export { writeMigrationIndex } from './migrations/write-index';
