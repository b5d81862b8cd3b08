import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAutosave } from './useAutosave';
import { ApiError } from './useGraphql';

function deferred() {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<void>((ok, fail) => ((resolve = ok), (reject = fail)));
  return { promise, resolve, reject };
}

describe('autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves once, 1.5 s after the last change', async () => {
    const save = vi.fn(async () => undefined);
    const autosave = useAutosave({ save });
    expect(autosave.status.value).toBe('saved');
    autosave.change();
    expect(autosave.status.value).toBe('unsaved');
    await vi.advanceTimersByTimeAsync(1000);
    autosave.change();
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(500);
    expect(save).toHaveBeenCalledTimes(1);
    expect(autosave.status.value).toBe('saved');
  });

  it('goes unsaved → saving → saved, and saves at once on flush (blur)', async () => {
    const pending = deferred();
    const save = vi.fn(() => pending.promise);
    const autosave = useAutosave({ save });
    autosave.change();
    const flushed = autosave.flush();
    expect(autosave.status.value).toBe('saving');
    expect(save).toHaveBeenCalledTimes(1);
    pending.resolve();
    await flushed;
    expect(autosave.status.value).toBe('saved');
    await autosave.flush();
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('saves changes made during a save right after it, never two at once', async () => {
    const first = deferred();
    const save = vi.fn().mockReturnValueOnce(first.promise).mockResolvedValue(undefined);
    const autosave = useAutosave({ save });
    autosave.change();
    const flushed = autosave.flush();
    autosave.change();
    expect(autosave.status.value).toBe('saving');
    first.resolve();
    await flushed;
    expect(save).toHaveBeenCalledTimes(2);
    expect(autosave.status.value).toBe('saved');
  });

  it('stops on EDIT_CONFLICT until the caller reloads', async () => {
    const save = vi.fn(async () => {
      throw new ApiError('EDIT_CONFLICT', [], { currentRev: 7 });
    });
    const autosave = useAutosave({ save });
    autosave.change();
    await autosave.flush();
    expect(autosave.status.value).toBe('conflict');
    expect(autosave.error.value?.currentRev).toBe(7);
    autosave.change();
    await vi.advanceTimersByTimeAsync(5000);
    expect(save).toHaveBeenCalledTimes(1);
    expect(autosave.status.value).toBe('conflict');
    autosave.reset();
    expect(autosave.status.value).toBe('saved');
    expect(autosave.error.value).toBeNull();
  });

  it('keeps other failures as unsaved work to retry', async () => {
    const save = vi.fn().mockRejectedValueOnce(new ApiError('NETWORK')).mockResolvedValue(undefined);
    const autosave = useAutosave({ save });
    autosave.change();
    await autosave.flush();
    expect(autosave.status.value).toBe('error');
    expect(autosave.hasUnsaved()).toBe(true);
    await autosave.flush();
    expect(autosave.status.value).toBe('saved');
  });
});
