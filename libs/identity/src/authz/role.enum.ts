export enum Role {
  LEARNER = 'learner',
  TRAINER = 'trainer',
  COACH = 'coach',
  INSTITUTION_ADMIN = 'institution_admin',
  PLATFORM_ADMIN = 'platform_admin',
}

export const ALL_ROLES: readonly Role[] = Object.values(Role);
