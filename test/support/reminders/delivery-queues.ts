import { JobProducer, QueueName } from '@parity/shared/queue';

/** True when neither the reminder nor the e-mail queue has a job waiting, running or delayed. */
export async function deliveryQueuesIdle(producer: JobProducer): Promise<boolean> {
  for (const name of [QueueName.notifications, QueueName.email]) {
    const counts = await producer.queue(name).getJobCounts('waiting', 'active', 'delayed', 'prioritized');
    if (Object.values(counts).some((count) => count > 0)) return false;
  }
  return true;
}
