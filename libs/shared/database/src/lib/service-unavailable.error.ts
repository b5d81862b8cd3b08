/** Start-up failure for a service Parity needs: carries one sentence meant for the person starting it. */
export class ServiceUnavailableError extends Error {
  constructor(
    readonly service: 'PostgreSQL' | 'Redis',
    readonly address: string,
    readonly hint: string,
  ) {
    super(`Parity cannot start: ${service} is not reachable at ${address}. ${hint}`);
    this.name = 'ServiceUnavailableError';
  }
}
