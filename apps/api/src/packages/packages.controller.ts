import { Controller, Get, Param, Put, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Readable } from 'node:stream';
import { badInput } from '@parity/shared/errors';
import { contentDisposition } from '@parity/shared/storage';
import { SessionService } from '@parity/identity';
import { CoursePackageService } from '@parity/curriculum';
import { SESSION_COOKIE } from '../http/session-cookie';
import { sendDomainError } from '../http/send-domain-error';

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
  async download(
    @Param('versionId') versionId: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    try {
      if (!/^[0-9a-f-]{36}$/.test(versionId)) throw badInput([{ field: 'versionId', code: 'INVALID' }]);
      const actor = await this.sessions.resolve(request.cookies[SESSION_COOKIE] ?? null);
      const { fileName, body } = await this.packages.exportWithFiles(actor, versionId);
      await reply
        .header('Content-Type', 'application/json; charset=utf-8')
        .header('Content-Disposition', contentDisposition(fileName))
        .header('Cache-Control', 'private, no-store')
        .send(body);
    } catch (error) {
      await sendDomainError(reply, error);
    }
  }

  @Put()
  async import(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Query('institutionId') institutionId?: string,
  ): Promise<void> {
    try {
      if (!institutionId) throw badInput([{ field: 'institutionId', code: 'REQUIRED' }]);
      const actor = await this.sessions.resolve(request.cookies[SESSION_COOKIE] ?? null);
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
    } catch (error) {
      await sendDomainError(reply, error);
    }
  }
}
