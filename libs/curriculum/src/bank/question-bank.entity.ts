import { Entity, Enum, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '@parity/shared/database';
import { Institution } from '@parity/identity';
import { CourseVisibility } from '../course/course-visibility.enum';
import type { TranslatedText } from '../translation/translated-text';

export interface NewQuestionBank {
  ownerInstitution: Institution;
  createdById: string;
  name: TranslatedText;
  visibility?: CourseVisibility;
  categories?: string[];
}

/** Questions owned by an institution, grouped in categories; shared with other institutions like a course. */
@Entity({ tableName: 'question_bank' })
export class QuestionBank extends BaseEntity {
  @ManyToOne({ entity: () => Institution })
  ownerInstitution: Rel<Institution>;

  @Property({ type: 'json' })
  name: TranslatedText;

  @Enum({ items: () => CourseVisibility, nativeEnumName: 'course_visibility' })
  visibility: CourseVisibility;

  @Property({ type: 'json' })
  categories: string[];

  @Property({ type: 'uuid' })
  createdById: string;

  /** Optimistic revision of the bank's own fields (name, visibility, categories). */
  @Property({ type: 'integer' })
  rev = 1;

  constructor(input: NewQuestionBank) {
    super();
    this.ownerInstitution = input.ownerInstitution;
    this.createdById = input.createdById;
    this.name = input.name;
    this.visibility = input.visibility ?? CourseVisibility.INSTITUTION;
    this.categories = input.categories ?? [];
  }
}
