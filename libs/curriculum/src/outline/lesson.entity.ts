import { Entity, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '@parity/shared/database';
import type { TranslatedText } from '../translation/translated-text';
import { CourseModule } from './course-module.entity';

export interface LessonContent {
  title: TranslatedText;
  /** Sanitised HTML per language. */
  body: TranslatedText;
  videoUrl?: string | null;
  estimatedMinutes?: number | null;
}

/** A lesson of a module, ordered by position: rich text per language, an optional video. */
@Entity({ tableName: 'lesson' })
@Index({ properties: ['module', 'position'] })
export class Lesson extends BaseEntity {
  @ManyToOne({ entity: () => CourseModule, deleteRule: 'cascade' })
  module: Rel<CourseModule>;

  @Property({ type: 'integer' })
  position: number;

  @Property({ type: 'integer' })
  rev = 1;

  @Property({ type: 'json' })
  title: TranslatedText;

  @Property({ type: 'json' })
  body: TranslatedText;

  @Property({ type: 'string', length: 500, nullable: true })
  videoUrl: string | null;

  @Property({ type: 'integer', nullable: true })
  estimatedMinutes: number | null;

  constructor(module: CourseModule, position: number, content: LessonContent) {
    super();
    this.module = module;
    this.position = position;
    this.title = content.title;
    this.body = content.body;
    this.videoUrl = content.videoUrl ?? null;
    this.estimatedMinutes = content.estimatedMinutes ?? null;
  }
}
