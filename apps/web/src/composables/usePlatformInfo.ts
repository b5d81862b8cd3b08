import { computed, shallowRef } from 'vue';
import { PlatformInfoDocument, type PlatformInfoQuery } from '../graphql/generated';
import { request } from './useGraphql';

type PlatformInfo = PlatformInfoQuery['platformInfo'];

/** Shared by every component: the installation's rules are asked for once per visit. */
const info = shallowRef<PlatformInfo | null>(null);
let pending: Promise<PlatformInfo | null> | null = null;

/** Fetches `platformInfo` (public) unless it is already here or on its way; a failure is retried next time. */
export function loadPlatformInfo(): Promise<PlatformInfo | null> {
  if (info.value) return Promise.resolve(info.value);
  pending ??= request(PlatformInfoDocument)
    .then((data) => (info.value = data.platformInfo))
    .catch(() => null)
    .finally(() => {
      pending = null;
    });
  return pending;
}

/** Forgets the cached answer (tests). */
export function resetPlatformInfo(): void {
  info.value = null;
  pending = null;
}

/**
 * What this installation expects of clients (password length, languages). Using it starts the fetch in the
 * background: nothing waits for it, and until it arrives the values are null.
 */
export function usePlatformInfo() {
  void loadPlatformInfo();
  return {
    info: computed(() => info.value),
    /** The shortest password the API accepts, or null while unknown. */
    passwordMinLength: computed(() => info.value?.passwordMinLength ?? null),
  };
}
