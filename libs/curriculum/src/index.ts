export { CurriculumModule } from './curriculum.module';
export { CURRICULUM_ENTITIES } from './curriculum.entities';
export { CurriculumErrorCode } from './curriculum.errors';
export { Course } from './course/course.entity';
export { CourseVisibility } from './course/course-visibility.enum';
export { CourseVersion } from './version/course-version.entity';
export { VersionStatus } from './version/version-status.enum';
export { CourseModule } from './outline/course-module.entity';
export { Lesson } from './outline/lesson.entity';
export { LOCALES, FALLBACK_CHAIN, isLocale, type Locale } from './translation/locale';
export {
  resolveText,
  hasLocale,
  type TranslatedText,
  type ResolvedText,
} from './translation/translated-text';
export { CourseAuthor } from './course/course-author.entity';
export { sanitizeRichText } from './content/rich-text-sanitizer';
export { sanitizePlainText } from './content/plain-text';
export { transliterate, type SerbianScript } from './content/transliterate';
export { transliterateHtml } from './content/transliterate-html';
export { XSS_PAYLOADS } from './content/xss-payloads';
export { buildSnapshot, snapshotHash } from './version/snapshot';
export { completeness } from './version/completeness';
export { learnerTexts, type VersionContent } from './version/version-content';
export { QuestionBank } from './bank/question-bank.entity';
export { Question, type QuestionContent } from './bank/question.entity';
export { QuestionType } from './bank/question-type.enum';
export { PartialCreditRule } from './bank/partial-credit.enum';
export {
  questionTexts,
  type QuestionData,
  type QuestionChoice,
  type QuestionFeedback,
  type AcceptedAnswers,
} from './bank/question-data';
export { Quiz, type QuizSettings } from './quiz/quiz.entity';
export { QuizItem, type QuizItemSpec } from './quiz/quiz-item.entity';
export { QuizKind } from './quiz/quiz-kind.enum';
export { CountingRule } from './quiz/counting-rule.enum';
export { RevealPolicy } from './quiz/reveal-policy.enum';
export type { CourseSnapshot, QuizSnapshot } from './version/snapshot';
export { frozenQuiz } from './quiz/frozen-quiz';
export { FileUploadService, type UploadRequest } from './files/file-upload.service';
export { LessonFilesService } from './files/lesson-files.service';
export { LessonFile } from './files/lesson-file.entity';
export { LessonFileType } from './dto/lesson-file.type';
export { questionSchema } from './bank/question-input.schema';
export { assembleQuizzes, type QuizContent } from './quiz/quiz-content';
export { CoursePackageService, type PackageDownload } from './package/course-package.service';
export {
  MAX_PACKAGE_FILE_BYTES,
  MAX_PACKAGE_UPLOAD_BYTES,
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_WITH_FILES,
} from './package/course-package';
