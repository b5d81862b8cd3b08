import { getCurrentScope, onScopeDispose, readonly, ref, shallowRef } from 'vue';
import { ApiError } from './useGraphql';

export type SaveStatus = 'saved' | 'unsaved' | 'saving' | 'conflict' | 'error';

export interface AutosaveOptions {
  /** Saves the current state (reads it itself); throws an ApiError on failure. */
  save: () => Promise<void>;
  /** Idle time after the last change before saving, in milliseconds. */
  delay?: number;
}

/**
 * Saves after a pause in typing (1.5 s by default) and when asked (`flush()`, e.g. on blur), one save at a time.
 * Changes made while a save is on its way are saved right after it. EDIT_CONFLICT stops autosaving until the
 * caller reloads (`reset()`): saving over someone else's work is never done silently.
 */
export function useAutosave(options: AutosaveOptions) {
  const delay = options.delay ?? 1500;
  const status = ref<SaveStatus>('saved');
  const error = shallowRef<ApiError | null>(null);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  let dirtyAgain = false;

  function clearTimer(): void {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  }

  /** Call on every edit. */
  function change(): void {
    if (status.value === 'conflict') return;
    if (running) dirtyAgain = true;
    else status.value = 'unsaved';
    clearTimer();
    timer = setTimeout(() => void flush(), delay);
  }

  async function runSave(): Promise<void> {
    status.value = 'saving';
    dirtyAgain = false;
    try {
      await options.save();
      error.value = null;
      status.value = dirtyAgain ? 'unsaved' : 'saved';
    } catch (caught) {
      const apiError = caught instanceof ApiError ? caught : new ApiError('INTERNAL', [], { cause: caught });
      error.value = apiError;
      status.value = apiError.code === 'EDIT_CONFLICT' ? 'conflict' : 'error';
      dirtyAgain = false;
    }
  }

  /** Saves now if there is anything unsaved (waits for a save already on its way first). */
  async function flush(): Promise<void> {
    clearTimer();
    if (running) await running;
    if (status.value !== 'unsaved' && status.value !== 'error') return;
    running = runSave().finally(() => (running = undefined));
    await running;
    if (status.value === 'unsaved') await flush();
  }

  /** After the caller loaded the saved state again (e.g. "Load their version"): nothing is unsaved. */
  function reset(): void {
    clearTimer();
    dirtyAgain = false;
    error.value = null;
    status.value = 'saved';
  }

  if (getCurrentScope()) onScopeDispose(clearTimer);

  return {
    status: readonly(status),
    error: readonly(error),
    /** True when leaving would lose work. */
    hasUnsaved: () => status.value === 'unsaved' || status.value === 'saving' || status.value === 'error',
    change,
    flush,
    reset,
  };
}
