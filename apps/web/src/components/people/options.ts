import type { RankGroup, Role, Sex, StaffCategory, UserStatus } from '../../graphql/generated';

/** Enum values in the order people expect to read them (labels come from `roles.*`, `sex.*`, …). */
export const ROLES: readonly Role[] = ['LEARNER', 'TRAINER', 'COACH', 'INSTITUTION_ADMIN', 'PLATFORM_ADMIN'];
export const SEXES: readonly Sex[] = ['FEMALE', 'MALE'];
export const STAFF_CATEGORIES: readonly StaffCategory[] = ['MILITARY', 'CIVILIAN'];
export const RANK_GROUPS: readonly RankGroup[] = [
  'GENERAL_OFFICER',
  'SENIOR_OFFICER',
  'JUNIOR_OFFICER',
  'NCO',
  'ENLISTED',
];
export const USER_STATUSES: readonly UserStatus[] = ['INVITED', 'ACTIVE', 'DISABLED'];
