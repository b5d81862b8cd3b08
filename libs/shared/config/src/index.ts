export { configSchema, type AppConfig } from './lib/config.schema';
export { loadConfig, ConfigError } from './lib/load-config';
export { ConfigModule, APP_CONFIG } from './lib/config.module';
export { createLogger } from './lib/logger';
export { REDACTED_LOG_PATHS, redactUrl } from './lib/redact';
export { NestPinoLogger } from './lib/nest-pino-logger';
