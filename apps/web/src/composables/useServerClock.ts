import { ref } from 'vue';

/**
 * The server's clock minus this device's, in milliseconds, from the `Date` header of a response and the request's
 * round trip (the server stamped it about halfway). Phones' clocks are often minutes off; deadlines are the server's.
 */
export function offsetFromDateHeader(
  dateHeader: string | null,
  sentAtMs: number,
  receivedAtMs: number,
): number {
  const server = dateHeader ? Date.parse(dateHeader) : Number.NaN;
  if (Number.isNaN(server)) return 0;
  // The header has whole seconds: add half a second, the average truncation.
  return server + 500 - (sentAtMs + receivedAtMs) / 2;
}

const offsetMs = ref(0);
let measured: Promise<void> | undefined;

/** The offset (0 until measured once per visit with a tiny request to /health). */
export function useServerClock() {
  measured ??= (async () => {
    const sentAt = Date.now();
    try {
      const response = await fetch('/health', {
        method: 'GET',
        cache: 'no-store',
        credentials: 'same-origin',
      });
      offsetMs.value = offsetFromDateHeader(response.headers.get('date'), sentAt, Date.now());
    } catch {
      measured = undefined; // measure again next time
    }
  })();
  return { offsetMs };
}
