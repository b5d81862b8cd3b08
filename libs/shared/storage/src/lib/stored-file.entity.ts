import { Entity, Index, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '@parity/shared/database';

export interface NewStoredFile {
  key: string;
  originalName: string;
  contentType: string;
  size: number;
  createdById: string;
  institutionId: string;
}

/** A file kept in the storage: its unguessable key, and the name and type a person gave it (checked on upload). */
@Entity({ tableName: 'stored_file' })
export class StoredFile extends BaseEntity {
  @Unique()
  @Property({ type: 'string', length: 300 })
  key: string;

  @Property({ type: 'string', length: 255 })
  originalName: string;

  @Property({ type: 'string', length: 120 })
  contentType: string;

  @Property({ type: 'integer' })
  size: number;

  @Index()
  @Property({ type: 'uuid' })
  createdById: string;

  @Property({ type: 'uuid' })
  institutionId: string;

  constructor(input: NewStoredFile) {
    super();
    this.key = input.key;
    this.originalName = input.originalName;
    this.contentType = input.contentType;
    this.size = input.size;
    this.createdById = input.createdById;
    this.institutionId = input.institutionId;
  }
}
