import { computed, ref, shallowRef } from 'vue';
import { useAsync } from '../../composables/useAsync';

/**
 * A list the API pages as a plain array, `after` being the id of the last item seen (applications, coaches for
 * matching): `reload()` starts again, `loadMore()` appends the next page; a short page means there is no more.
 */
export function useIdPagedList<T>(
  fetchPage: (first: number, after: string | null) => Promise<T[]>,
  idOf: (item: T) => string,
  pageSize = 25,
) {
  const items = shallowRef<T[]>([]);
  const hasMore = ref(false);
  const loadedOnce = ref(false);
  const state = useAsync(async (after: string | null) => ({ after, page: await fetchPage(pageSize, after) }));

  async function load(after: string | null): Promise<void> {
    const result = await state.run(after);
    if (!result) return;
    items.value = result.after === null ? result.page : [...items.value, ...result.page];
    hasMore.value = result.page.length === pageSize;
    loadedOnce.value = true;
  }

  return {
    items,
    hasMore,
    pending: state.pending,
    error: state.error,
    initialPending: computed(() => state.pending.value && !loadedOnce.value),
    empty: computed(() => loadedOnce.value && items.value.length === 0),
    reload: () => load(null),
    loadMore: () => {
      const last = items.value[items.value.length - 1];
      return load(last ? idOf(last) : null);
    },
  };
}
