import { JobName } from '@parity/shared/queue';
import { assertHandlersComplete } from './assert-handlers';
import type { JobHandler } from './job-handler';

const handler = (jobName: JobHandler['jobName']): JobHandler => ({ jobName, handle: async () => undefined });

describe('the worker boot check', () => {
  it('accepts exactly one handler per job name', () => {
    const map = assertHandlersComplete(Object.values(JobName).map(handler));
    expect([...map.keys()].sort()).toEqual(Object.values(JobName).sort());
  });

  it('refuses to start when a job name has no handler', () => {
    expect(() => assertHandlersComplete([handler(JobName.sendEmail)])).toThrow(
      /no handler for "relay-email-outbox"/,
    );
  });

  it('refuses to start when a job name has two handlers', () => {
    const all = Object.values(JobName).map(handler);
    expect(() => assertHandlersComplete([...all, handler(JobName.sendEmail)])).toThrow(
      /two handlers for "send-email"/,
    );
  });
});
