import { Controller, Get, Param, Put, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Readable } from 'node:stream';
import { badInput } from '@parity/shared/errors';
import { isUuid } from '@parity/shared/database';
import { SessionService } from '@parity/identity';
import { CoursePackageService } from '@parity/curriculum';
import { sendFile } from '../http/send-file';
import { withActor } from '../http/with-actor';

/**
 * Course packages with their lesson files travel outside GraphQL (whose bodies stop at 4 MB):
 * `GET /packages/:versionId` downloads a version as one JSON document (`parity.course-package/2`, files in base64);
 * `PUT /packages?institutionId=…` imports one (or an older package without files) from the raw bytes
 * (application/octet-stream). Both need the session cookie and answer errors as { code, message, problems }.
 */
@Controller('packages')
export class PackagesController {
  constructor(
    private readonly sessions: SessionService,
    private readonly packages: CoursePackageService,
  ) {}

  @Get(':versionId')
  download(
    @Param('versionId') versionId: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    return withActor(this.sessions, request, reply, async (actor) => {
      if (!isUuid(versionId)) throw badInput([{ field: 'versionId', code: 'INVALID' }]);
      const { fileName, body } = await this.packages.exportWithFiles(actor, versionId);
      await sendFile(reply, { body, contentType: 'application/json; charset=utf-8', fileName });
    });
  }

  @Put()
  import(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Query('institutionId') institutionId?: string,
  ): Promise<void> {
    return withActor(this.sessions, request, reply, async (actor) => {
      if (!institutionId) throw badInput([{ field: 'institutionId', code: 'REQUIRED' }]);
      const declared = Number(request.headers['content-length']);
      const body = request.body as Readable | undefined;
      if (!body || typeof body.pipe !== 'function') throw badInput([{ field: 'body', code: 'REQUIRED' }]);
      const imported = await this.packages.importUpload(
        actor,
        institutionId,
        body,
        Number.isSafeInteger(declared) ? declared : null,
      );
      await reply.status(201).send({
        courseId: imported.courseId,
        versionId: imported.versionId,
        url: `/studio/courses/${imported.courseId}`,
      });
    });
  }
}
