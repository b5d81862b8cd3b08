import { computed } from 'vue';
import { InstitutionsDocument, type InstitutionFieldsFragment } from '../graphql/generated';
import { useSessionStore } from '../stores/session';
import { useAsync } from './useAsync';
import { request } from './useGraphql';

/** The institutions the signed-in admin manages: all of them for a platform admin, else their own. */
export function useInstitutions() {
  const session = useSessionStore();
  const all = useAsync(async () => (await request(InstitutionsDocument)).institutions);
  if (session.isPlatformAdmin) void all.run();

  const institutions = computed<InstitutionFieldsFragment[]>(() =>
    session.isPlatformAdmin ? (all.data.value ?? []) : session.administeredInstitutions,
  );
  /** The institution to start with: the admin's own, when they may manage it. */
  const preferredId = computed(() => {
    const own = session.me?.institution.id;
    return (
      institutions.value.find((institution) => institution.id === own)?.id ?? institutions.value[0]?.id ?? ''
    );
  });

  return { institutions, preferredId, pending: all.pending, error: all.error, reload: all.run };
}
