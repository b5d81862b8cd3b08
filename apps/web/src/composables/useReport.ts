import { computed, watch, type Ref } from 'vue';
import { ReportDocument, type ReportInput, type ReportQuery } from '../graphql/reports.generated';
import { useAsync } from './useAsync';
import { request } from './useGraphql';

export type ReportData = ReportQuery['report'];

/**
 * Runs the `report` query for an input and again whenever it changes (a newer answer wins). `empty`: the report
 * arrived and nobody is behind any of its figures.
 */
export function useReport(input: Ref<ReportInput>) {
  const state = useAsync(
    async (variables: ReportInput) => (await request(ReportDocument, { input: variables })).report,
  );
  const key = computed(() => JSON.stringify(input.value));
  watch(key, () => void state.run(input.value), { immediate: true });

  const empty = computed(() => state.data.value?.grandTotal.people === 0);
  return { ...state, empty, reload: () => state.run(input.value) };
}
