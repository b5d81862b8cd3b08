import { JobName } from '@parity/shared/queue';
import type { JobHandler } from './job-handler';

/** Every job name has exactly one handler, or the worker refuses to start. */
export function assertHandlersComplete(handlers: readonly JobHandler[]): Map<string, JobHandler> {
  const byName = new Map<string, JobHandler>();
  const problems: string[] = [];
  for (const handler of handlers) {
    if (byName.has(handler.jobName)) problems.push(`two handlers for "${handler.jobName}"`);
    byName.set(handler.jobName, handler);
  }
  for (const name of Object.values(JobName)) {
    if (!byName.has(name)) problems.push(`no handler for "${name}"`);
  }
  if (problems.length) throw new Error(`Worker job handlers are incomplete: ${problems.join('; ')}`);
  return byName;
}
