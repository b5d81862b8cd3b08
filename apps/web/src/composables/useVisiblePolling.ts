import { onBeforeUnmount, onMounted } from 'vue';

/**
 * Runs `task` when the component mounts, then every `intervalMs` while the tab is visible, and at once when the tab
 * becomes visible again (a hidden tab costs the server nothing). Stops when the component unmounts.
 */
export function useVisiblePolling(task: () => unknown, intervalMs: number): void {
  let timer: ReturnType<typeof setInterval> | undefined;
  const visible = () => document.visibilityState === 'visible';

  function start(): void {
    stop();
    timer = setInterval(() => {
      if (visible()) void task();
    }, intervalMs);
  }
  function stop(): void {
    if (timer !== undefined) clearInterval(timer);
    timer = undefined;
  }
  function onVisibilityChange(): void {
    if (!visible()) return stop();
    void task();
    start();
  }

  onMounted(() => {
    document.addEventListener('visibilitychange', onVisibilityChange);
    if (visible()) void task();
    start();
  });
  onBeforeUnmount(() => {
    document.removeEventListener('visibilitychange', onVisibilityChange);
    stop();
  });
}
