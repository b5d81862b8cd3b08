export { given, TEST_PASSWORD } from './lib/given';
export { SmtpSink, type ReceivedMail } from './lib/smtp-sink';
export { givenCourse, type CourseFixture } from './lib/given-course';
export { givenBank, type BankFixture } from './lib/given-bank';
