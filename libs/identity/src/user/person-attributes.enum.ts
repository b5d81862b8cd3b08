/** Attributes that sex-disaggregated reporting needs. Sensitive: shown to the person and authorised admins only. */
export enum Sex {
  FEMALE = 'female',
  MALE = 'male',
}

export enum StaffCategory {
  MILITARY = 'military',
  CIVILIAN = 'civilian',
}

/** NATO rank groups (OF-6+, OF-3..5, OF-1..2, OR-5..9, OR-1..4): comparable across the region's armed forces. */
export enum RankGroup {
  GENERAL_OFFICER = 'general_officer',
  SENIOR_OFFICER = 'senior_officer',
  JUNIOR_OFFICER = 'junior_officer',
  NCO = 'nco',
  ENLISTED = 'enlisted',
}

export enum UserStatus {
  INVITED = 'invited',
  ACTIVE = 'active',
  DISABLED = 'disabled',
}
