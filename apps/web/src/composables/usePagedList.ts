import { computed, ref, shallowRef } from 'vue';
import { useAsync } from './useAsync';

interface Page<T> {
  nodes: T[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  /** Lists that count their items send it; others (e.g. the notification centre) leave it out. */
  totalCount?: number;
}

/** A cursor-paged list: `reload()` starts again from the first page, `loadMore()` appends the next one. */
export function usePagedList<T>(fetchPage: (after: string | null) => Promise<Page<T>>) {
  const items = shallowRef<T[]>([]);
  const totalCount = ref(0);
  const endCursor = ref<string | null>(null);
  const hasNextPage = ref(false);
  const loadedOnce = ref(false);

  const state = useAsync(async (after: string | null) => ({ after, page: await fetchPage(after) }));

  async function load(after: string | null): Promise<void> {
    const result = await state.run(after);
    if (!result) return;
    items.value = result.after === null ? result.page.nodes : [...items.value, ...result.page.nodes];
    totalCount.value = result.page.totalCount ?? 0;
    endCursor.value = result.page.pageInfo.endCursor;
    hasNextPage.value = result.page.pageInfo.hasNextPage;
    loadedOnce.value = true;
  }

  return {
    items,
    totalCount,
    hasNextPage,
    pending: state.pending,
    error: state.error,
    /** True while the first page is on its way (nothing to show yet). */
    initialPending: computed(() => state.pending.value && !loadedOnce.value),
    empty: computed(() => loadedOnce.value && items.value.length === 0),
    reload: () => load(null),
    loadMore: () => load(endCursor.value),
  };
}
