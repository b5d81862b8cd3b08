import { Role } from './role.enum';
import { ALL_RELATIONS, ALL_WHOSE, type OperationRule, type Relation, type Whose } from './whose';
import { ASSESSMENT_ROWS } from './rows/assessment-rows';
import { LEARNING_ROWS } from './rows/learning-rows';
import { CERTIFICATION_ROWS } from './rows/certification-rows';
import { NOTIFICATION_ROWS } from './rows/notification-rows';
import { COACHING_ROWS } from './rows/coaching-rows';
import { REPORTING_ROWS } from './rows/reporting-rows';

export { ALL_RELATIONS, ALL_WHOSE, type OperationRule, type Relation, type Whose };

const ANYONE: readonly Whose[] = ALL_WHOSE;

/**
 * The authorisation matrix: role × operation × whose object. The services check every object against it
 * (AuthorizationService), and the API end-to-end suite generates one test per row, role and "whose".
 * Later capabilities add rows here, or in a file of their own under rows/.
 */
export const AUTHORIZATION_MATRIX = {
  /** Root fields anyone may call; they act only on the caller themselves (or nobody, when signed out). */
  publicRootFields: [
    'me',
    'login',
    'logout',
    'acceptInvitation',
    'platformInfo',
    'verifyCertificate',
  ] as readonly string[],
  operations: {
    'profile.update-own': {
      description: 'Change one’s own profile (name, language, time zone) and password',
      rootFields: ['updateMyProfile', 'changeMyPassword'],
      allow: {
        [Role.LEARNER]: ['own'],
        [Role.TRAINER]: ['own'],
        [Role.COACH]: ['own'],
        [Role.INSTITUTION_ADMIN]: ['own'],
        [Role.PLATFORM_ADMIN]: ['own'],
      },
    },
    'organisation.read': {
      description: 'Read the directory of countries and institutions',
      rootFields: ['countries', 'institutions'],
      allow: {
        [Role.LEARNER]: ANYONE,
        [Role.TRAINER]: ANYONE,
        [Role.COACH]: ANYONE,
        [Role.INSTITUTION_ADMIN]: ANYONE,
        [Role.PLATFORM_ADMIN]: ANYONE,
      },
    },
    'unit.read': {
      description: 'Read the units of an institution',
      rootFields: ['units'],
      allow: {
        [Role.LEARNER]: ['unit', 'institution'],
        [Role.TRAINER]: ['unit', 'institution'],
        [Role.COACH]: ['unit', 'institution'],
        [Role.INSTITUTION_ADMIN]: ['unit', 'institution'],
        [Role.PLATFORM_ADMIN]: ANYONE,
      },
    },
    'unit.manage': {
      description: 'Create and rename units',
      rootFields: ['createUnit', 'renameUnit'],
      allow: { [Role.INSTITUTION_ADMIN]: ['unit', 'institution'], [Role.PLATFORM_ADMIN]: ANYONE },
    },
    'user.read': {
      description: 'Read people (name, e-mail, unit, roles)',
      rootFields: ['users', 'user'],
      allow: {
        [Role.LEARNER]: ['own'],
        [Role.TRAINER]: ['own'],
        [Role.COACH]: ['own'],
        [Role.INSTITUTION_ADMIN]: ['own', 'unit', 'institution'],
        [Role.PLATFORM_ADMIN]: ANYONE,
      },
    },
    'user.personal.read': {
      description: 'Read a person’s sex, staff category and rank (User.personal)',
      rootFields: [],
      allow: {
        [Role.LEARNER]: ['own'],
        [Role.TRAINER]: ['own'],
        [Role.COACH]: ['own'],
        [Role.INSTITUTION_ADMIN]: ['own', 'unit', 'institution'],
        [Role.PLATFORM_ADMIN]: ANYONE,
      },
    },
    'user.create': {
      description: 'Create people, one by one or by CSV import',
      rootFields: ['createUser', 'importPeople'],
      allow: { [Role.INSTITUTION_ADMIN]: ['unit', 'institution'], [Role.PLATFORM_ADMIN]: ANYONE },
    },
    'user.update': {
      description: 'Change a person’s details, status and unit; send an invitation',
      rootFields: ['updateUser', 'inviteUser'],
      allow: { [Role.INSTITUTION_ADMIN]: ['own', 'unit', 'institution'], [Role.PLATFORM_ADMIN]: ANYONE },
    },
    'role.assign': {
      description:
        'Grant and revoke roles (only platform admins grant the platform admin role; no one changes their own)',
      rootFields: ['assignRole', 'revokeRole'],
      allow: {
        [Role.INSTITUTION_ADMIN]: ['unit', 'institution'],
        [Role.PLATFORM_ADMIN]: ['unit', 'institution', 'other'],
      },
    },
    'outbox.read': {
      description: 'Read the e-mail outbox (messages sent or kept for the institution)',
      rootFields: ['emailMessages'],
      allow: { [Role.INSTITUTION_ADMIN]: ['unit', 'institution'], [Role.PLATFORM_ADMIN]: ANYONE },
    },
    'course.create': {
      description:
        'Create a course in an institution (trainers); also guards PUT /packages (import with files)',
      rootFields: ['createCourse', 'importCoursePackage'],
      allow: { [Role.TRAINER]: ['unit', 'institution'] },
    },
    'course.read': {
      description:
        'Read courses in the studio: every state for the own institution and co-authored courses ("own"); another institution’s only when published as regional or public, and only its published versions; also guards GET /packages/:versionId',
      rootFields: ['courses', 'course', 'courseVersion', 'exportCourseVersion'],
      allow: {
        [Role.TRAINER]: ['own', 'institution', 'other'],
        [Role.INSTITUTION_ADMIN]: ['own', 'institution', 'other'],
        [Role.PLATFORM_ADMIN]: ANYONE,
      },
    },
    'course.edit': {
      description:
        'Edit a draft, its outline, quizzes and settings, its authors; submit it; start the next draft',
      rootFields: [
        'updateCourseSettings',
        'addCourseAuthor',
        'removeCourseAuthor',
        'updateVersionText',
        'addModule',
        'updateModule',
        'moveModule',
        'deleteModule',
        'addLesson',
        'updateLesson',
        'moveLesson',
        'deleteLesson',
        'submitVersion',
        'createDraft',
        'attachLessonFile',
        'detachLessonFile',
        'addQuiz',
        'updateQuiz',
        'deleteQuiz',
        'setQuizItems',
      ],
      allow: { [Role.TRAINER]: ['own', 'institution'] },
    },
    'course.review': {
      description: 'Approve (publish) or return a version in review — never one the reviewer wrote',
      rootFields: ['approveVersion', 'returnVersion'],
      allow: { [Role.TRAINER]: ['own', 'institution'], [Role.INSTITUTION_ADMIN]: ['own', 'institution'] },
    },
    'course.archive': {
      description:
        'Withdraw a course from the catalogue (no new enrolments; enrolled learners keep their version) and restore it',
      rootFields: ['archiveCourse', 'restoreCourse'],
      allow: { [Role.TRAINER]: ['own', 'institution'], [Role.INSTITUTION_ADMIN]: ['own', 'institution'] },
    },
    'bank.create': {
      description: 'Create a question bank in an institution (trainers)',
      rootFields: ['createQuestionBank'],
      allow: { [Role.TRAINER]: ['unit', 'institution'] },
    },
    'bank.read': {
      description:
        'Read question banks: the own institution’s and those one created ("own") with their answer keys for editors; another institution’s only when shared (regional or public), without answer keys',
      rootFields: ['questionBanks', 'questionBank'],
      allow: {
        [Role.TRAINER]: ['own', 'institution', 'other'],
        [Role.INSTITUTION_ADMIN]: ['own', 'institution', 'other'],
        [Role.PLATFORM_ADMIN]: ANYONE,
      },
    },
    'bank.edit': {
      description:
        'Edit a question bank and its questions: its creator and the trainers of its owner institution',
      rootFields: ['updateQuestionBank', 'addQuestion', 'updateQuestion', 'deleteQuestion'],
      allow: { [Role.TRAINER]: ['own', 'institution'] },
    },
    'file.upload': {
      description: 'Upload a file to attach to lessons (PUT /files; not a GraphQL field)',
      rootFields: [],
      allow: { [Role.TRAINER]: ['institution'] },
    },
    ...LEARNING_ROWS,
    ...ASSESSMENT_ROWS,
    ...CERTIFICATION_ROWS,
    ...NOTIFICATION_ROWS,
    ...COACHING_ROWS,
    ...REPORTING_ROWS,
  } satisfies Record<string, OperationRule>,
} as const;

export type Operation = keyof typeof AUTHORIZATION_MATRIX.operations;
