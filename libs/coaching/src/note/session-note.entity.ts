import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { BaseEntity } from '@parity/shared/database';
import { User } from '@parity/identity';
import { CoachingEngagement } from '../engagement/coaching-engagement.entity';
import { CoachingSession } from '../session/coaching-session.entity';
import { NoteVisibility } from './note-visibility.enum';

/**
 * A coaching note. Its body is encrypted by the application (AES-256-GCM, key from configuration, `keyId` says
 * which) before it reaches the database: no column, log line, job payload or e-mail holds it in clear.
 */
@Entity({ tableName: 'session_note' })
@Index({ properties: ['engagementId', 'createdAt'] })
export class SessionNote extends BaseEntity {
  @ManyToOne({
    entity: () => CoachingEngagement,
    fieldName: 'engagement_id',
    mapToPk: true,
    deleteRule: 'cascade',
  })
  engagementId!: string;

  @ManyToOne({
    entity: () => CoachingSession,
    fieldName: 'session_id',
    mapToPk: true,
    nullable: true,
    deleteRule: 'set null',
  })
  sessionId: string | null = null;

  @ManyToOne({ entity: () => User, fieldName: 'author_id', mapToPk: true, deleteRule: 'cascade' })
  authorId!: string;

  @Enum({ items: () => NoteVisibility, nativeEnumName: 'note_visibility' })
  visibility!: NoteVisibility;

  /** Which configured key encrypted the body (rotation re-encrypts rows of retired keys). */
  @Property({ type: 'string', length: 64 })
  keyId!: string;

  /** nonce (12 bytes) ‖ ciphertext ‖ GCM tag (16 bytes); id, author, engagement and visibility are the additional data. */
  @Property({ type: 'blob' })
  bodyCiphertext!: Buffer;

  @Property({ type: 'datetime', nullable: true, onUpdate: () => new Date() })
  updatedAt: Date | null = null;
}
