import { isUuid } from '@parity/shared/database';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AuditService, AuthorizationService, Institution, type Actor } from '@parity/identity';
import { badInput, notFound, parseInput } from '@parity/shared/errors';
import {
  contentAddressedKey,
  FILE_STORAGE,
  readBody,
  sniffContentType,
  type FileStorage,
} from '@parity/shared/storage';
import { CertificateTemplate } from './certificate-template.entity';
import { templateInputSchema } from './template-input.schema';

/**
 * An institution's certificate templates (its admins): colours, logo, signatories, one default. The logo is
 * checked by its bytes (PNG or JPEG only) and stored content-addressed; saving is audited.
 */
@Injectable()
export class CertificateTemplateService {
  constructor(
    private readonly em: EntityManager,
    private readonly authz: AuthorizationService,
    private readonly audit: AuditService,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  async list(actor: Actor | null, institutionId: string): Promise<CertificateTemplate[]> {
    if (!isUuid(institutionId)) throw notFound('Institution');
    this.authz.assert(actor, 'certificate.template', { institutionId });
    return this.em.find(
      CertificateTemplate,
      { institution: institutionId },
      { orderBy: { isDefault: 'desc', name: 'asc' } },
    );
  }

  async save(actorOrNull: Actor | null, raw: unknown): Promise<CertificateTemplate> {
    const input = parseInput(templateInputSchema, raw);
    const actor = this.authz.assert(actorOrNull, 'certificate.template', {
      institutionId: input.institutionId,
    });
    const logoKey = input.logo ? await this.storeLogo(input.logo) : null;
    return this.em.transactional(async (tx) => {
      let template: CertificateTemplate;
      if (input.id) {
        const found = await tx.findOne(CertificateTemplate, {
          id: input.id,
          institution: input.institutionId,
        });
        if (!found) throw notFound('CertificateTemplate');
        template = found;
        template.name = input.name;
      } else {
        template = new CertificateTemplate(tx.getReference(Institution, input.institutionId), input.name);
        tx.persist(template);
      }
      template.primaryColor = input.primaryColor.toLowerCase();
      template.accentColor = input.accentColor.toLowerCase();
      template.signatories = input.signatories;
      if (logoKey) template.logoKey = logoKey;
      else if (input.removeLogo) template.logoKey = null;
      if (input.isDefault && !template.isDefault) {
        await tx.nativeUpdate(
          CertificateTemplate,
          { institution: input.institutionId, isDefault: true },
          { isDefault: false },
        );
      }
      template.isDefault = input.isDefault;
      this.audit.record(tx, {
        actorId: actor.userId,
        action: input.id ? 'certificate-template.updated' : 'certificate-template.created',
        subjectType: 'CertificateTemplate',
        subjectId: template.id,
        institutionId: input.institutionId,
        details: { name: template.name, isDefault: template.isDefault },
      });
      return template;
    });
  }

  /** The logo as a data URL for the template editor's preview (the template was authorised by its list). */
  async logoDataUrlOf(templateId: string): Promise<string | null> {
    const template = await this.em.findOne(CertificateTemplate, templateId);
    if (!template?.logoKey) return null;
    const bytes = await readBody(await this.storage.get(template.logoKey));
    return `data:${sniffContentType(bytes) ?? 'image/png'};base64,${bytes.toString('base64')}`;
  }

  private async storeLogo(dataUrl: string): Promise<string> {
    const bytes = Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
    const type = sniffContentType(bytes);
    if (type !== 'image/png' && type !== 'image/jpeg')
      throw badInput([{ field: 'logo', code: 'INVALID' }], 'The logo must be a PNG or JPEG image.');
    const key = contentAddressedKey('certificate-logos', bytes);
    await this.storage.put(key, bytes, { contentType: type, size: bytes.length });
    return key;
  }
}
