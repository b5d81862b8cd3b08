import { QuestionBank } from './bank/question-bank.entity';
import { Question } from './bank/question.entity';
import { LessonFile } from './files/lesson-file.entity';
import { CourseAuthor } from './course/course-author.entity';
import { CourseChange } from './course/course-change.entity';
import { Course } from './course/course.entity';
import { CourseModule } from './outline/course-module.entity';
import { Lesson } from './outline/lesson.entity';
import { QuizItem } from './quiz/quiz-item.entity';
import { Quiz } from './quiz/quiz.entity';
import { CourseVersion } from './version/course-version.entity';

/** The curriculum domain's entities, for the ORM configuration. */
export const CURRICULUM_ENTITIES = [
  Course,
  CourseAuthor,
  CourseChange,
  CourseVersion,
  CourseModule,
  Lesson,
  LessonFile,
  QuestionBank,
  Question,
  Quiz,
  QuizItem,
];
