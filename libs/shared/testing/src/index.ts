export { given, TEST_PASSWORD } from './lib/given';
export { SmtpSink, type ReceivedMail } from './lib/smtp-sink';
export { givenCourse, type CourseFixture } from './lib/given-course';
export { givenBank, type BankFixture } from './lib/given-bank';
export {
  givenPublishedCourse,
  type PublishedCourseFixture,
  type PublishedCourseOptions,
} from './lib/given-published-course';
export { StatementCounter } from './lib/statement-counter';
export { givenCoaching, type CoachingFixture } from './lib/given-coaching';
