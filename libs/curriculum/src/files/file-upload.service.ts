import { Inject, Injectable } from '@nestjs/common';
import type { Readable } from 'node:stream';
import { EntityManager } from '@mikro-orm/postgresql';
import { badInput } from '@parity/shared/errors';
import {
  assertUploadAllowed,
  FILE_STORAGE,
  peekBytes,
  SNIFF_BYTES,
  storedFileKey,
  StoredFile,
  type FileStorage,
} from '@parity/shared/storage';
import { AuthorizationService, type Actor } from '@parity/identity';
import { sanitizePlainText } from '../content/plain-text';

export interface UploadRequest {
  originalName: string;
  contentType: string;
  size: number;
  body: Readable;
}

/**
 * Takes an upload from a trainer: size and type checked against the lesson-file policy (the first bytes must match
 * the declared type), stored under an unguessable key, recorded with the name the person gave it.
 */
@Injectable()
export class FileUploadService {
  constructor(
    private readonly em: EntityManager,
    private readonly authz: AuthorizationService,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  async upload(actorOrNull: Actor | null, request: UploadRequest): Promise<StoredFile> {
    const actor = this.authz.requireActor(actorOrNull);
    this.authz.assert(actor, 'file.upload', { institutionId: actor.institutionId });
    const originalName = sanitizePlainText(request.originalName, 255);
    if (!originalName) throw badInput([{ field: 'name', code: 'REQUIRED' }]);
    const { head, body } = await peekBytes(request.body, SNIFF_BYTES);
    const accepted = assertUploadAllowed({
      originalName,
      contentType: request.contentType,
      size: request.size,
      firstBytes: head,
    });
    const key = storedFileKey('lesson-files');
    await this.storage.put(key, body, { contentType: accepted.contentType, size: request.size });
    const file = new StoredFile({
      key,
      originalName,
      contentType: accepted.contentType,
      size: request.size,
      createdById: actor.userId,
      institutionId: actor.institutionId,
    });
    await this.em.persistAndFlush(file);
    return file;
  }
}
