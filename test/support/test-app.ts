import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Response as LightMyRequestResponse } from 'light-my-request';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createLogger, loadConfig, type AppConfig } from '@parity/shared/config';
import { createApp } from '../../apps/api/src/create-app';

export interface GraphqlResult<T = Record<string, unknown>> {
  data: T | null;
  errors?: {
    message: string;
    extensions?: { code?: string; [key: string]: unknown };
    path?: (string | number)[];
  }[];
  setCookie?: string;
}

/** A browser-like client: keeps its session cookie, comes from its own IP address. */
export class ApiClient {
  cookie: string | null = null;
  /** The interface language the client announces (Accept-Language), as the web app does; none by default. */
  language: string | null = null;

  constructor(
    private readonly app: NestFastifyApplication,
    readonly ip: string,
  ) {}

  async gql<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphqlResult<T>> {
    const response = await this.app.inject({
      method: 'POST',
      url: '/graphql',
      remoteAddress: this.ip,
      headers: {
        'content-type': 'application/json',
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.language ? { 'accept-language': this.language } : {}),
      },
      payload: JSON.stringify({ query, variables }),
    });
    const header = response.headers['set-cookie'];
    const setCookie = Array.isArray(header) ? header[0] : header;
    if (setCookie) {
      const [pair] = setCookie.split(';');
      this.cookie = pair && !pair.endsWith('=') ? pair : null;
    }
    return { ...(JSON.parse(response.body) as GraphqlResult<T>), ...(setCookie ? { setCookie } : {}) };
  }

  /** A plain GET (downloads, server-rendered pages) with this client's cookie, address and language. */
  get(url: string): Promise<LightMyRequestResponse> {
    return this.app.inject({
      method: 'GET',
      url,
      remoteAddress: this.ip,
      headers: {
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.language ? { 'accept-language': this.language } : {}),
      },
    });
  }

  /** Runs a query that must succeed and returns its data. */
  async ok<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await this.gql<T>(query, variables);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data as T;
  }

  async signIn(email: string, password: string): Promise<this> {
    await this.ok(`mutation($input: LoginInput!) { login(input: $input) { id } }`, {
      input: { email, password },
    });
    return this;
  }
}

let nextIp = 1;

/** One booted api (Fastify, not listening) on this run's database and Redis prefix. */
export class TestApp {
  private constructor(
    readonly app: NestFastifyApplication,
    readonly config: AppConfig,
  ) {}

  static async start(): Promise<TestApp> {
    const config = loadConfig();
    const { app } = await createApp(config, createLogger('test', 'silent'));
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    return new TestApp(app, config);
  }

  client(): ApiClient {
    const n = nextIp++;
    return new ApiClient(this.app, `10.${(process.pid >> 8) & 255}.${process.pid & 255}.${(n % 250) + 1}`);
  }

  em(): EntityManager {
    return this.app.get(MikroORM).em.fork() as EntityManager;
  }

  get<T>(token: new (...args: never[]) => T): T {
    return this.app.get(token);
  }

  async close(): Promise<void> {
    await this.app.close();
  }
}
