import { Module } from '@nestjs/common';
import { IdentityModule } from '@parity/identity';
import { CourseAccess } from './access/course-access.service';
import { BankAccess } from './bank/bank-access.service';
import { BankQueryService } from './bank/bank-query.service';
import { QuestionBankService } from './bank/question-bank.service';
import { QuestionService } from './bank/question.service';
import { QuizItemService } from './quiz/quiz-item.service';
import { QuizService } from './quiz/quiz.service';
import { ModuleQuizzesResolver } from './resolvers/module-quizzes.resolver';
import { QuestionBankFieldsResolver } from './resolvers/question-bank-fields.resolver';
import { QuestionBankResolver } from './resolvers/question-bank.resolver';
import { QuestionFieldsResolver } from './resolvers/question-fields.resolver';
import { QuizFieldsResolver } from './resolvers/quiz-fields.resolver';
import { QuizResolver } from './resolvers/quiz.resolver';
import { CourseService } from './course/course.service';
import { LifecycleService } from './lifecycle/lifecycle.service';
import { OutlineService } from './outline/outline.service';
import { CourseQueryService } from './query/course-query.service';
import { CourseChangeFieldsResolver } from './resolvers/course-change-fields.resolver';
import { CourseFieldsResolver } from './resolvers/course-fields.resolver';
import { CourseResolver } from './resolvers/course.resolver';
import { LessonFieldsResolver } from './resolvers/lesson-fields.resolver';
import { LifecycleResolver } from './resolvers/lifecycle.resolver';
import { ModuleFieldsResolver } from './resolvers/outline-fields.resolver';
import { OutlineResolver } from './resolvers/outline.resolver';
import { VersionFieldsResolver } from './resolvers/version-fields.resolver';
import { CoursePackageResolver } from './package/course-package.resolver';
import { FileUploadService } from './files/file-upload.service';
import { LessonFilesService } from './files/lesson-files.service';
import { LessonFilesResolver } from './resolvers/lesson-files.resolver';
import { CoursePackageService } from './package/course-package.service';

/** Curriculum authoring: courses, versions, modules, lessons, quizzes, question banks, translations, lifecycle. */
@Module({
  imports: [IdentityModule],
  providers: [
    CourseAccess,
    CourseService,
    CourseQueryService,
    OutlineService,
    LifecycleService,
    CourseResolver,
    CourseFieldsResolver,
    VersionFieldsResolver,
    ModuleFieldsResolver,
    LessonFieldsResolver,
    CourseChangeFieldsResolver,
    OutlineResolver,
    LifecycleResolver,
    BankAccess,
    BankQueryService,
    QuestionBankService,
    QuestionService,
    QuizService,
    QuizItemService,
    QuestionBankResolver,
    QuestionBankFieldsResolver,
    QuestionFieldsResolver,
    QuizResolver,
    QuizFieldsResolver,
    ModuleQuizzesResolver,
    CoursePackageService,
    FileUploadService,
    LessonFilesService,
    LessonFilesResolver,
    CoursePackageResolver,
  ],
  exports: [
    CourseAccess,
    CourseQueryService,
    BankAccess,
    FileUploadService,
    LessonFilesService,
    CoursePackageService,
  ],
})
export class CurriculumModule {}
