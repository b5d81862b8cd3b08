import { computed, watch, type Ref } from 'vue';
import { buildUnitTree, flattenUnitTree } from '../components/units/unit-tree';
import { UnitsDocument } from '../graphql/generated';
import { useAsync } from './useAsync';
import { request } from './useGraphql';

/** The units of one institution, as a list, a tree and an indented list; reloaded when the institution changes. */
export function useUnits(institutionId: Ref<string>) {
  const state = useAsync(async (id: string) => (await request(UnitsDocument, { institutionId: id })).units);

  watch(
    institutionId,
    (id) => {
      if (id) void state.run(id);
    },
    { immediate: true },
  );

  const units = computed(() => state.data.value ?? []);
  const tree = computed(() => buildUnitTree(units.value));
  const options = computed(() => flattenUnitTree(tree.value));

  return {
    units,
    tree,
    options,
    pending: state.pending,
    error: state.error,
    reload: () => state.run(institutionId.value),
  };
}
