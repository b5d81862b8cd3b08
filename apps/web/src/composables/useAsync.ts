import { ref, shallowRef, type Ref, type ShallowRef } from 'vue';
import { ApiError } from './useGraphql';

export interface AsyncState<TResult, TArgs extends unknown[]> {
  data: ShallowRef<TResult | undefined>;
  error: ShallowRef<ApiError | null>;
  pending: Ref<boolean>;
  /** Runs the task; a result that arrives after a newer call started is ignored. */
  run: (...args: TArgs) => Promise<TResult | undefined>;
}

/** Loading / error / data state for one asynchronous task (a query or a mutation). */
export function useAsync<TResult, TArgs extends unknown[]>(
  task: (...args: TArgs) => Promise<TResult>,
): AsyncState<TResult, TArgs> {
  const data = shallowRef<TResult>();
  const error = shallowRef<ApiError | null>(null);
  const pending = ref(false);
  let latest = 0;

  async function run(...args: TArgs): Promise<TResult | undefined> {
    const call = ++latest;
    pending.value = true;
    error.value = null;
    try {
      const result = await task(...args);
      if (call === latest) data.value = result;
      return result;
    } catch (caught) {
      if (call === latest) {
        error.value = caught instanceof ApiError ? caught : new ApiError('INTERNAL', [], { cause: caught });
      }
      return undefined;
    } finally {
      if (call === latest) pending.value = false;
    }
  }

  return { data, error, pending, run };
}
