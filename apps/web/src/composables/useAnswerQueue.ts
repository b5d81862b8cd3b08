import { getCurrentScope, onScopeDispose, readonly, ref, shallowRef } from 'vue';
import type { AnswerInput, SavedAnswerFieldsFragment } from '../graphql/learn.generated';
import { ApiError, NETWORK_ERROR } from './useGraphql';

/**
 * saved: the server holds every answer · saving: one is on its way · unsaved: waiting to be sent ·
 * offline: the network failed, retrying (and when the browser is back online) · error: the server refused one ·
 * closed: the attempt is submitted or past its deadline (ATTEMPT_CLOSED), nothing more can be saved.
 */
export type AnswerSaveStatus = 'saved' | 'saving' | 'unsaved' | 'offline' | 'error' | 'closed';

export interface AnswerQueueOptions {
  save: (questionKey: string, answer: AnswerInput) => Promise<SavedAnswerFieldsFragment>;
  onSaved?: (questionKey: string, saved: SavedAnswerFieldsFragment) => void;
  onClosed?: () => void;
  /** Waits before each retry after a network failure (the last one repeats). */
  retryDelays?: readonly number[];
  /** Called whenever the status or the set of unsaved questions changes. */
  onChange?: (status: AnswerSaveStatus, unsaved: ReadonlySet<string>, error: ApiError | null) => void;
}

/**
 * The quiz player's outbox of answers: the latest answer per question is kept until the server confirms it, sent
 * one at a time, and retried after a network failure (saving an answer is idempotent: the last one wins).
 * Nothing is lost on a flaky connection; after a reload the server's saved answers are the truth.
 */
export function createAnswerQueue(options: AnswerQueueOptions) {
  const delays = options.retryDelays ?? [1000, 2000, 5000, 10000, 20000];
  const pending = new Map<string, AnswerInput>();
  let status: AnswerSaveStatus = 'saved';
  let error: ApiError | null = null;
  let running: Promise<void> | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;
  let disposed = false;

  function emit(next: AnswerSaveStatus): void {
    status = next;
    options.onChange?.(status, new Set(pending.keys()), error);
  }

  function clearRetry(): void {
    if (retryTimer !== undefined) clearTimeout(retryTimer);
    retryTimer = undefined;
  }

  function scheduleRetry(): void {
    clearRetry();
    const wait = delays[Math.min(failures - 1, delays.length - 1)] ?? 1000;
    retryTimer = setTimeout(() => void flush(), wait);
  }

  async function drain(): Promise<void> {
    while (pending.size > 0 && !disposed) {
      const [key, answer] = pending.entries().next().value as [string, AnswerInput];
      emit('saving');
      try {
        const saved = await options.save(key, answer);
        failures = 0;
        error = null;
        // A newer answer typed while this one travelled stays queued.
        if (pending.get(key) === answer) pending.delete(key);
        options.onSaved?.(key, saved);
      } catch (caught) {
        const apiError =
          caught instanceof ApiError ? caught : new ApiError('INTERNAL', [], { cause: caught });
        error = apiError;
        if (apiError.code === 'ATTEMPT_CLOSED') {
          pending.clear();
          emit('closed');
          options.onClosed?.();
          return;
        }
        failures += 1;
        emit(apiError.code === NETWORK_ERROR || apiError.code === 'RATE_LIMITED' ? 'offline' : 'error');
        scheduleRetry();
        return;
      }
    }
    if (!disposed) emit('saved');
  }

  /** Sends everything queued now (one save at a time); resolves when the queue is empty or a save failed. */
  async function flush(): Promise<void> {
    clearRetry();
    if (status === 'closed' || disposed) return;
    if (running) return running;
    running = drain().finally(() => (running = undefined));
    return running;
  }

  /** Queues the latest answer to a question and sends it. */
  function put(questionKey: string, answer: AnswerInput): Promise<void> {
    if (status === 'closed') return Promise.resolve();
    pending.set(questionKey, answer);
    if (!running && status !== 'offline' && status !== 'error') emit('unsaved');
    else options.onChange?.(status, new Set(pending.keys()), error);
    // While offline, wait for the scheduled retry (or `online`) instead of hammering the network.
    if (status === 'offline') return Promise.resolve();
    return flush();
  }

  return {
    put,
    flush,
    /** The browser says it is online again: retry at once. */
    online: () => (pending.size > 0 ? flush() : Promise.resolve()),
    status: () => status,
    hasUnsaved: () => pending.size > 0,
    isUnsaved: (questionKey: string) => pending.has(questionKey),
    dispose: () => {
      disposed = true;
      clearRetry();
    },
  };
}

/** The answer queue bound to Vue: reactive status, retried when the browser comes back online. */
export function useAnswerQueue(options: Omit<AnswerQueueOptions, 'onChange'>) {
  const status = ref<AnswerSaveStatus>('saved');
  const unsaved = shallowRef<ReadonlySet<string>>(new Set());
  const error = shallowRef<ApiError | null>(null);
  const queue = createAnswerQueue({
    ...options,
    onChange: (next, keys, lastError) => {
      status.value = next;
      unsaved.value = keys;
      error.value = lastError;
    },
  });
  const online = () => void queue.online();
  window.addEventListener('online', online);
  if (getCurrentScope()) {
    onScopeDispose(() => {
      window.removeEventListener('online', online);
      queue.dispose();
    });
  }
  return { ...queue, status: readonly(status), unsaved: readonly(unsaved), error: readonly(error) };
}
