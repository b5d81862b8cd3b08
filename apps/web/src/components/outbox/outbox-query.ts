import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { EmailMessagesQueryVariables, EmailStatus } from '../../graphql/admin.generated';

/** Every e-mail status, checked against the schema's enum (a status added to the API fails to compile). */
const STATUSES = {
  PENDING: true,
  SENT: true,
  STORED: true,
  FAILED: true,
} as const satisfies Record<EmailStatus, true>;

export const EMAIL_STATUSES = Object.keys(STATUSES) as EmailStatus[];

/** The API's longest search text. */
export const SEARCH_MAX = 100;

/** The outbox's filters in the URL (`status`, `q`, `institution`), so a filtered view can be reloaded or shared. */
export interface OutboxQuery {
  status: EmailStatus | '';
  search: string;
  institutionId: string;
}

const first = (value: LocationQuery[string] | undefined): string =>
  (Array.isArray(value) ? value[0] : value) ?? '';

function isStatus(value: string): value is EmailStatus {
  return (EMAIL_STATUSES as string[]).includes(value);
}

/** Reads the filters from the URL; an unknown status is ignored (all statuses). */
export function readOutboxQuery(query: LocationQuery): OutboxQuery {
  const status = first(query['status']).trim().toUpperCase();
  return {
    status: isStatus(status) ? status : '',
    search: first(query['q']).trim().slice(0, SEARCH_MAX),
    institutionId: first(query['institution']).trim(),
  };
}

/** The URL's query for the filters; empty filters leave their parameter out. */
export function writeOutboxQuery(state: OutboxQuery): LocationQueryRaw {
  return {
    status: state.status || undefined,
    q: state.search || undefined,
    institution: state.institutionId || undefined,
  };
}

/** The `emailMessages` variables for one page of the filtered list. */
export function outboxVariables(
  state: OutboxQuery,
  first: number,
  after: string | null,
): EmailMessagesQueryVariables {
  return {
    institutionId: state.institutionId || null,
    status: state.status || null,
    search: state.search || null,
    first,
    after,
  };
}
