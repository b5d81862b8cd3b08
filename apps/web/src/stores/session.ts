import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import {
  AcceptInvitationDocument,
  LoginDocument,
  LogoutDocument,
  MeDocument,
  UpdateMyProfileDocument,
  type MeFieldsFragment,
  type Role,
  type UpdateMyProfileInput,
} from '../graphql/generated';
import { request } from '../composables/useGraphql';

export type Me = MeFieldsFragment;

export const ADMIN_ROLES: readonly Role[] = ['INSTITUTION_ADMIN', 'PLATFORM_ADMIN'];
/** Roles that write, translate and review courses in the studio. */
export const STUDIO_ROLES: readonly Role[] = ['TRAINER', 'INSTITUTION_ADMIN', 'PLATFORM_ADMIN'];

/** The signed-in person and what their roles allow. */
export const useSessionStore = defineStore('session', () => {
  const me = ref<Me | null>(null);
  /** True once we asked the server who is signed in (successfully or not). */
  const loaded = ref(false);

  const isSignedIn = computed(() => me.value !== null);
  const roles = computed<Role[]>(() => [
    ...new Set((me.value?.roles ?? []).map((assignment) => assignment.role)),
  ]);
  const isPlatformAdmin = computed(() => roles.value.includes('PLATFORM_ADMIN'));
  const isAdmin = computed(() => roles.value.some((role) => ADMIN_ROLES.includes(role)));
  const canUseStudio = computed(() => roles.value.some((role) => STUDIO_ROLES.includes(role)));

  /** Whether the person holds `role`, optionally in a given institution (platform admins hold it everywhere). */
  function hasRole(role: Role, institutionId?: string): boolean {
    return (me.value?.roles ?? []).some(
      (assignment) =>
        assignment.role === role &&
        (institutionId === undefined || assignment.institution.id === institutionId),
    );
  }

  /** Whether the person may administer people and units of an institution. */
  function canAdminister(institutionId: string): boolean {
    return isPlatformAdmin.value || hasRole('INSTITUTION_ADMIN', institutionId);
  }

  /** Institutions an institution admin manages (platform admins manage all: ask the API for the list). */
  const administeredInstitutions = computed(() => {
    const byId = new Map<string, Me['institution']>();
    for (const assignment of me.value?.roles ?? []) {
      if (assignment.role === 'INSTITUTION_ADMIN')
        byId.set(assignment.institution.id, assignment.institution);
    }
    return [...byId.values()];
  });

  async function load(): Promise<void> {
    try {
      me.value = (await request(MeDocument)).me;
    } catch {
      me.value = null;
    } finally {
      loaded.value = true;
    }
  }

  async function login(email: string, password: string): Promise<Me> {
    const user = (await request(LoginDocument, { input: { email, password } })).login;
    me.value = user;
    loaded.value = true;
    return user;
  }

  async function acceptInvitation(token: string, password: string): Promise<Me> {
    const user = (await request(AcceptInvitationDocument, { input: { token, password } })).acceptInvitation;
    me.value = user;
    loaded.value = true;
    return user;
  }

  async function updateProfile(input: UpdateMyProfileInput): Promise<Me> {
    const user = (await request(UpdateMyProfileDocument, { input })).updateMyProfile;
    me.value = user;
    return user;
  }

  async function logout(): Promise<void> {
    try {
      await request(LogoutDocument);
    } finally {
      clear();
    }
  }

  /** Forgets the person locally (e.g. when the server says the session ended). */
  function clear(): void {
    me.value = null;
  }

  return {
    me,
    loaded,
    isSignedIn,
    roles,
    isAdmin,
    canUseStudio,
    isPlatformAdmin,
    administeredInstitutions,
    hasRole,
    canAdminister,
    load,
    login,
    acceptInvitation,
    updateProfile,
    logout,
    clear,
  };
});
