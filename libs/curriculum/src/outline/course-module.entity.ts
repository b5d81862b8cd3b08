import { Entity, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '@parity/shared/database';
import { CourseVersion } from '../version/course-version.entity';
import type { TranslatedText } from '../translation/translated-text';

/** A module of a course version (GraphQL: Module), ordered by position. */
@Entity({ tableName: 'course_module' })
@Index({ properties: ['version', 'position'] })
export class CourseModule extends BaseEntity {
  @ManyToOne({ entity: () => CourseVersion, deleteRule: 'cascade' })
  version: Rel<CourseVersion>;

  @Property({ type: 'integer' })
  position: number;

  @Property({ type: 'integer' })
  rev = 1;

  @Property({ type: 'json' })
  title: TranslatedText;

  @Property({ type: 'json' })
  summary: TranslatedText;

  constructor(version: CourseVersion, position: number, title: TranslatedText, summary: TranslatedText) {
    super();
    this.version = version;
    this.position = position;
    this.title = title;
    this.summary = summary;
  }
}
