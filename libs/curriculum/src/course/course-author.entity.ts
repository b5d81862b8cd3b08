import { Entity, ManyToOne, Unique, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '@parity/shared/database';
import { User } from '@parity/identity';
import { Course } from './course.entity';

/** A person who may edit a course, whatever their institution (the creator is the first). */
@Entity({ tableName: 'course_author' })
@Unique({ properties: ['course', 'user'] })
export class CourseAuthor extends BaseEntity {
  @ManyToOne({ entity: () => Course, deleteRule: 'cascade' })
  course: Rel<Course>;

  @ManyToOne({ entity: () => User })
  user: Rel<User>;

  constructor(course: Course, user: User) {
    super();
    this.course = course;
    this.user = user;
  }
}
