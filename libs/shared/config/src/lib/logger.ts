import pino, { type DestinationStream, type Logger } from 'pino';
import { REDACTED_LOG_PATHS } from './redact';

/** Structured JSON logger with secrets and personal data redacted. */
export function createLogger(
  name: string,
  level: string = process.env['LOG_LEVEL'] ?? 'info',
  destination?: DestinationStream,
): Logger {
  const options = {
    name,
    level,
    redact: { paths: REDACTED_LOG_PATHS, censor: '[redacted]' },
    base: { service: name },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  return destination ? pino(options, destination) : pino(options);
}
