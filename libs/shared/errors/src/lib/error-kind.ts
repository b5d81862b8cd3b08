/** How an error is treated (logging level, HTTP status on REST routes, meaning). */
export type ErrorKind = 'input' | 'auth' | 'not-found' | 'conflict' | 'limit' | 'server';
