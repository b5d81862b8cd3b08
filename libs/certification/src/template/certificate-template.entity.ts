import { Entity, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '@parity/shared/database';
import { Institution } from '@parity/identity';

/** A person who signs an institution's certificates (their name and title are printed under a line). */
export interface TemplateSignatory {
  name: string;
  title: string;
}

/**
 * How an institution's certificates look: colours, logo and signatories. An institution may keep several (one per
 * programme, say); exactly one is its default (partial unique index), and a course may name another.
 */
@Entity({ tableName: 'certificate_template' })
@Index({
  name: 'certificate_template_default_unique',
  expression:
    'create unique index "certificate_template_default_unique" on "certificate_template" ("institution_id") where "is_default"',
})
export class CertificateTemplate extends BaseEntity {
  @ManyToOne({ entity: () => Institution, deleteRule: 'cascade' })
  institution: Rel<Institution>;

  @Property({ type: 'string', length: 120 })
  name: string;

  @Property({ type: 'string', length: 7 })
  primaryColor = '#1d4e89';

  @Property({ type: 'string', length: 7 })
  accentColor = '#c8a951';

  /** The logo in file storage (PNG or JPEG, content-addressed), if any. */
  @Property({ type: 'string', length: 200, nullable: true })
  logoKey: string | null = null;

  @Property({ type: 'json' })
  signatories: TemplateSignatory[] = [];

  @Property({ type: 'boolean', default: false })
  isDefault = false;

  @Property({ type: 'datetime', onUpdate: () => new Date(), nullable: true })
  updatedAt: Date | null = null;

  constructor(institution: Institution, name: string) {
    super();
    this.institution = institution;
    this.name = name;
  }
}
