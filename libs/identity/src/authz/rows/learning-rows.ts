import { Role } from '../role.enum';
import { everyRole, type OperationRule, type Whose } from '../whose';

const ANYONE: readonly Whose[] = ['own', 'unit', 'institution', 'other'];

/**
 * Learning: catalogue, enrolment, assignment, cohorts, progress. "Whose" of an enrolment is its learner (own, same
 * unit, same institution, other); of a catalogue course, its owner institution; of a cohort, its institution.
 */
export const LEARNING_ROWS = {
  'catalogue.read': {
    description:
      'Browse the catalogue: published courses of the own institution, and regional or public ones of others',
    rootFields: ['catalogue', 'catalogueCourse'],
    allow: everyRole(['institution', 'other']),
  },
  'enrolment.self': {
    description: 'Enrol oneself in a published course one may see, when the course allows self-enrolment',
    rootFields: ['enrol'],
    allow: everyRole(['institution', 'other']),
  },
  'learning.own': {
    description: 'Read one’s own learning (enrolments, due dates) and record one’s own lesson progress',
    rootFields: ['myLearning', 'recordLessonProgress'],
    allow: everyRole(['own']),
  },
  'enrolment.read': {
    description:
      'Read an enrolment with its progress: the learner, and trainers and admins of the learner’s institution',
    rootFields: ['enrolment', 'courseEnrolments'],
    allow: {
      [Role.LEARNER]: ['own'],
      [Role.TRAINER]: ['own', 'unit', 'institution'],
      [Role.COACH]: ['own'],
      [Role.INSTITUTION_ADMIN]: ['own', 'unit', 'institution'],
      [Role.PLATFORM_ADMIN]: ANYONE,
    },
  },
  'enrolment.assign': {
    description: 'Assign a course to people, a unit (with its sub-units) or a cohort, with a due date',
    rootFields: ['assignCourse'],
    allow: {
      [Role.TRAINER]: ['unit', 'institution'],
      [Role.INSTITUTION_ADMIN]: ['unit', 'institution'],
      [Role.PLATFORM_ADMIN]: ANYONE,
    },
  },
  'enrolment.manage': {
    description: 'Withdraw an enrolment, extend its deadline, grant an extra quiz attempt',
    rootFields: ['withdrawEnrolment', 'extendEnrolmentDeadline', 'grantExtraAttempt'],
    allow: {
      [Role.TRAINER]: ['unit', 'institution'],
      [Role.INSTITUTION_ADMIN]: ['unit', 'institution'],
      [Role.PLATFORM_ADMIN]: ANYONE,
    },
  },
  'cohort.read': {
    description: 'Read an institution’s cohorts and their members',
    rootFields: ['cohorts'],
    allow: {
      [Role.TRAINER]: ['institution'],
      [Role.INSTITUTION_ADMIN]: ['institution'],
      [Role.PLATFORM_ADMIN]: ['institution', 'other'],
    },
  },
  'cohort.manage': {
    description: 'Create cohorts and change their members (people of the cohort’s institution only)',
    rootFields: ['createCohort', 'addCohortMembers', 'removeCohortMember'],
    allow: {
      [Role.TRAINER]: ['institution'],
      [Role.INSTITUTION_ADMIN]: ['institution'],
      [Role.PLATFORM_ADMIN]: ['institution', 'other'],
    },
  },
} satisfies Record<string, OperationRule>;
