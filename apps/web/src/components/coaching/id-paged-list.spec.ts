import { describe, expect, it, vi } from 'vitest';
import { useIdPagedList } from './id-paged-list';

describe('a list paged by the id of its last item', () => {
  it('asks for the next page after the last id, appends it, and stops at a short page', async () => {
    const fetchPage = vi.fn(async (first: number, after: string | null) =>
      after === null ? [{ id: 'a' }, { id: 'b' }].slice(0, first) : [{ id: 'c' }],
    );
    const list = useIdPagedList(fetchPage, (item) => item.id, 2);
    await list.reload();
    expect(list.items.value.map((item) => item.id)).toEqual(['a', 'b']);
    expect(list.hasMore.value).toBe(true);
    await list.loadMore();
    expect(fetchPage).toHaveBeenLastCalledWith(2, 'b');
    expect(list.items.value.map((item) => item.id)).toEqual(['a', 'b', 'c']);
    expect(list.hasMore.value).toBe(false);
    await list.reload();
    expect(list.items.value.map((item) => item.id)).toEqual(['a', 'b']);
  });

  it('is empty only once the first page arrived with nothing', async () => {
    const list = useIdPagedList(
      async () => [] as { id: string }[],
      (item) => item.id,
    );
    expect(list.empty.value).toBe(false);
    await list.reload();
    expect(list.empty.value).toBe(true);
  });
});
