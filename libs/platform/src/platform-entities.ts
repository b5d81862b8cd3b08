import { IDENTITY_ENTITIES } from '@parity/identity';
import { EmailMessage } from '@parity/shared/mail';
import { StoredFile } from '@parity/shared/storage';
import { CURRICULUM_ENTITIES } from '@parity/curriculum';
import { LEARNING_ENTITIES } from '@parity/learning';
import { ASSESSMENT_ENTITIES } from '@parity/assessment';
import { CERTIFICATION_ENTITIES } from '@parity/certification';
import { NOTIFICATION_ENTITIES } from '@parity/notifications';
import { COACHING_ENTITIES } from '@parity/coaching';
import { OutboxEvent } from '@parity/shared/queue';

/** Every entity of every domain: the one list the ORM is configured with (api, worker, CLI, tests). */
export const PLATFORM_ENTITIES = [
  ...IDENTITY_ENTITIES,
  EmailMessage,
  StoredFile,
  OutboxEvent,
  ...CURRICULUM_ENTITIES,
  ...LEARNING_ENTITIES,
  ...ASSESSMENT_ENTITIES,
  ...CERTIFICATION_ENTITIES,
  ...NOTIFICATION_ENTITIES,
  ...COACHING_ENTITIES,
];
