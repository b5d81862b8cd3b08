import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { isLocale, type Locale } from '@parity/curriculum';
import { CertificateVerification } from '@parity/certification';
import { CommonErrorCode, DomainError } from '@parity/shared/errors';
import { renderVerifyPage, type VerifyPageState } from './verify-page';

/** The reader's language: `?lang=`, else the first of Accept-Language that Parity speaks, else English. */
export function readerLocale(lang: string | undefined, acceptLanguage: string | undefined): Locale {
  if (lang && isLocale(lang)) return lang;
  for (const part of (acceptLanguage ?? '').split(',')) {
    const tag = part.split(';')[0]?.trim() ?? '';
    if (isLocale(tag)) return tag;
    const base = tag.split('-')[0] ?? '';
    if (base === 'sr') return /cyrl/i.test(tag) ? 'sr-Cyrl' : 'sr-Latn';
    if (isLocale(base)) return base;
  }
  return 'en';
}

/**
 * `GET /verify/:code`: the public verification page the certificate's QR code opens, rendered on the server (no
 * JavaScript bundle). Same rules as the `verifyCertificate` query: rate-limited per IP, unknown codes a plain 404.
 */
@Controller('verify')
export class VerifyPageController {
  constructor(private readonly verification: CertificateVerification) {}

  @Get(':code')
  async page(
    @Param('code') code: string,
    @Query('lang') lang: string | undefined,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const locale = readerLocale(lang, request.headers['accept-language']);
    let status = 200;
    let state: VerifyPageState;
    try {
      const found = await this.verification.verify(code, request.ip, locale);
      state = {
        kind: 'found',
        certificate: { ...found, courseTitle: found.courseTitle.text, status: found.status },
      };
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const limited = error.code === CommonErrorCode.RATE_LIMITED;
      status = limited ? 429 : 404;
      state = { kind: limited ? 'rate-limited' : 'not-found' };
    }
    await reply
      .status(status)
      .header('Content-Type', 'text/html; charset=utf-8')
      .header('Cache-Control', 'no-store')
      .header('Content-Language', locale)
      .header('Vary', 'Accept-Language')
      .send(renderVerifyPage(locale, `/verify/${encodeURIComponent(code)}`, state));
  }
}
