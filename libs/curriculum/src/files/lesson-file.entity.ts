import { Entity, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '@parity/shared/database';
import { StoredFile } from '@parity/shared/storage';
import { Lesson } from '../outline/lesson.entity';

/** A downloadable file of a lesson (the same stored file may serve the lesson's copies in later versions). */
@Entity({ tableName: 'lesson_file' })
@Unique({ properties: ['lesson', 'file'] })
export class LessonFile extends BaseEntity {
  @ManyToOne({ entity: () => Lesson, deleteRule: 'cascade' })
  lesson: Rel<Lesson>;

  @ManyToOne({ entity: () => StoredFile })
  file: Rel<StoredFile>;

  @Property({ type: 'integer' })
  position: number;

  constructor(lesson: Lesson, file: StoredFile, position: number) {
    super();
    this.lesson = lesson;
    this.file = file;
    this.position = position;
  }
}
