import { z } from 'zod';
import { Role } from '../authz/role.enum';
import { SUPPORTED_LOCALES } from '../invitation/invitation-email';
import { RankGroup, Sex, StaffCategory, UserStatus } from './person-attributes.enum';

const isTimeZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

export const emailSchema = z.string().trim().toLowerCase().max(320).email();
export const displayNameSchema = z.string().trim().min(1).max(200);
export const localeSchema = z
  .string()
  .refine((value) => SUPPORTED_LOCALES.includes(value), 'UNSUPPORTED_LOCALE');
export const timeZoneSchema = z.string().max(64).refine(isTimeZone, 'UNKNOWN_TIME_ZONE');

export const createUserSchema = z.object({
  institutionId: z.string().uuid(),
  email: emailSchema,
  displayName: displayNameSchema,
  unitId: z.string().uuid().nullish(),
  locale: localeSchema.nullish(),
  timeZone: timeZoneSchema.nullish(),
  roles: z.array(z.nativeEnum(Role)).max(5).nullish(),
  sex: z.nativeEnum(Sex).nullish(),
  staffCategory: z.nativeEnum(StaffCategory).nullish(),
  rank: z.nativeEnum(RankGroup).nullish(),
  sendInvitation: z.boolean().nullish(),
});
export type CreateUserData = z.input<typeof createUserSchema>;

export const updateUserSchema = z.object({
  displayName: displayNameSchema.nullish(),
  unitId: z.string().uuid().nullish(),
  sex: z.nativeEnum(Sex).nullish(),
  staffCategory: z.nativeEnum(StaffCategory).nullish(),
  rank: z.nativeEnum(RankGroup).nullish(),
  status: z.nativeEnum(UserStatus).nullish(),
});
export type UpdateUserData = z.input<typeof updateUserSchema>;

export const updateProfileSchema = z.object({
  displayName: displayNameSchema.nullish(),
  locale: localeSchema.nullish(),
  timeZone: timeZoneSchema.nullish(),
});
export type UpdateProfileData = z.input<typeof updateProfileSchema>;
