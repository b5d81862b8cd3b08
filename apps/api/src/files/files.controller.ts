import { Controller, Get, Param, Put, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Readable } from 'node:stream';
import { badInput } from '@parity/shared/errors';
import { SessionService } from '@parity/identity';
import { isUuid } from '@parity/shared/database';
import { FileUploadService, LessonFilesService } from '@parity/curriculum';
import { LessonFileAccess } from '@parity/learning';
import { sendFile } from '../http/send-file';
import { withActor } from '../http/with-actor';

/**
 * Files travel outside GraphQL: `PUT /files?name=…` with the raw bytes (application/octet-stream) uploads one,
 * `GET /files/:id` downloads it (authors and readers of the course in the studio, and learners enrolled in a version
 * that carries the file). Both need the session cookie and answer errors as { code, message }.
 */
@Controller('files')
export class FilesController {
  constructor(
    private readonly sessions: SessionService,
    private readonly uploads: FileUploadService,
    private readonly lessonFiles: LessonFilesService,
    private readonly learnerFiles: LessonFileAccess,
  ) {}

  @Put()
  upload(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Query('name') name?: string,
  ): Promise<void> {
    return withActor(this.sessions, request, reply, async (actor) => {
      const size = Number(request.headers['content-length']);
      if (!Number.isSafeInteger(size) || size <= 0) throw badInput([{ field: 'body', code: 'REQUIRED' }]);
      const file = await this.uploads.upload(actor, {
        originalName: name ?? '',
        contentType: String(request.headers['x-file-type'] ?? request.headers['content-type'] ?? ''),
        size,
        body: request.body as Readable,
      });
      await reply.status(201).send({
        id: file.id,
        originalName: file.originalName,
        contentType: file.contentType,
        size: file.size,
        url: `/files/${file.id}`,
      });
    });
  }

  @Get(':id')
  download(
    @Param('id') id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    return withActor(this.sessions, request, reply, async (actor) => {
      if (!isUuid(id)) throw badInput([{ field: 'id', code: 'INVALID' }]);
      // A learner reads the files of the version they are enrolled in; everyone else by the studio's rule.
      const { file, body } =
        (await this.learnerFiles.openForLearner(actor, id)) ?? (await this.lessonFiles.open(actor, id));
      await sendFile(reply, {
        body,
        size: file.size,
        contentType: file.contentType,
        fileName: file.originalName,
      });
    });
  }
}
