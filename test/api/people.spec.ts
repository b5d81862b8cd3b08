import { EmailMessage } from '@parity/shared/mail';
import { JobProducer, QueueName } from '@parity/shared/queue';
import {
  Role,
  Sex,
  RankGroup,
  StaffCategory,
  type Institution,
  type Unit,
  type User,
} from '@parity/identity';
import { given, TEST_PASSWORD } from '@parity/shared/testing';
import { TestApp, type ApiClient } from '../support/test-app';

const CREATE = `mutation($input: CreateUserInput!) { createUser(input: $input) { id email status roles { role } unit { name } } }`;
const USER = `query($id: ID!) { user(id: $id) { id email personal { sex rank staffCategory } } }`;

describe('people and organisations', () => {
  let t: TestApp;
  let institutionA: Institution;
  let institutionB: Institution;
  let unitA: Unit;
  let adminA: ApiClient;
  let learnerA: ApiClient;
  let learnerAUser: User;
  let personB: User;

  beforeAll(async () => {
    t = await TestApp.start();
    const g = given(t.em());
    institutionA = await g.institution();
    institutionB = await g.institution();
    unitA = await g.unit(institutionA);
    const admin = await g.user({ institution: institutionA, unit: unitA, roles: [Role.INSTITUTION_ADMIN] });
    learnerAUser = await g.user({
      institution: institutionA,
      unit: unitA,
      sex: Sex.FEMALE,
      rank: RankGroup.NCO,
      staffCategory: StaffCategory.MILITARY,
    });
    personB = await g.user({ institution: institutionB, sex: Sex.MALE });
    adminA = await t.client().signIn(admin.email, TEST_PASSWORD);
    learnerA = await t.client().signIn(learnerAUser.email, TEST_PASSWORD);
  });
  afterAll(() => t.close());

  it('refuses an admin mutation to a learner with FORBIDDEN, writing nothing', async () => {
    const email = `forbidden-${Date.now()}@example.test`;
    const result = await learnerA.gql(CREATE, {
      input: { institutionId: institutionA.id, email, displayName: 'Should Not Exist' },
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(result.data).toBeNull();
    expect(await t.em().count('User', { email })).toBe(0);
  });

  it('does not let an admin of institution A read people of institution B', async () => {
    const single = await adminA.gql(USER, { id: personB.id });
    expect(single.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const filtered = await adminA.gql(`query($i: ID) { users(institutionId: $i) { totalCount } }`, {
      i: institutionB.id,
    });
    expect(filtered.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const all = await adminA.ok<{ users: { nodes: { id: string }[] } }>(
      `{ users(first: 100) { nodes { id } } }`,
    );
    const ids = all.users.nodes.map((node) => node.id);
    expect(ids).toContain(learnerAUser.id);
    expect(ids).not.toContain(personB.id);
  });

  it('shows sex, rank and staff category to the person and their admin, and to no other learner', async () => {
    const own = await learnerA.ok<{ user: { personal: { sex: string; rank: string } } }>(USER, {
      id: learnerAUser.id,
    });
    expect(own.user.personal).toEqual({ sex: 'FEMALE', rank: 'NCO', staffCategory: 'MILITARY' });
    const byAdmin = await adminA.ok<{ user: { personal: { sex: string } } }>(USER, { id: learnerAUser.id });
    expect(byAdmin.user.personal.sex).toBe('FEMALE');
    const colleague = await given(t.em()).user({ institution: institutionA, unit: unitA });
    const other = await t.client().signIn(colleague.email, TEST_PASSWORD);
    const denied = await other.gql(USER, { id: learnerAUser.id });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('creates a person, e-mails an invitation through the outbox, and the link lets them choose a password and sign in', async () => {
    const email = `new-${Date.now()}@example.test`;
    const created = await adminA.ok<{
      createUser: { id: string; status: string; roles: { role: string }[]; unit: { name: string } };
    }>(CREATE, {
      input: {
        institutionId: institutionA.id,
        email,
        displayName: 'Nova Osoba',
        unitId: unitA.id,
        roles: ['TRAINER'],
        locale: 'sr-Cyrl',
      },
    });
    expect(created.createUser).toMatchObject({
      status: 'INVITED',
      roles: [{ role: 'TRAINER' }],
      unit: { name: unitA.name },
    });

    const outbox = await adminA.ok<{
      emailMessages: { nodes: { toAddress: string; subject: string; textBody: string; kind: string }[] };
    }>(`{ emailMessages(first: 5) { nodes { toAddress subject textBody kind } } }`);
    const message = outbox.emailMessages.nodes.find((node) => node.toAddress === email);
    expect(message).toMatchObject({ kind: 'invitation', subject: 'Позвани сте на Parity' });
    const token = /#token=([\w-]+)/.exec(message?.textBody ?? '')?.[1];
    expect(token).toBeDefined();

    const invitee = t.client();
    const accepted = await invitee.gql(
      `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id status } }`,
      { input: { token, password: 'a long enough password' } },
    );
    expect(accepted.data).toEqual({ acceptInvitation: { id: created.createUser.id, status: 'ACTIVE' } });
    expect((await invitee.ok<{ me: { email: string } }>(`{ me { email } }`)).me.email).toBe(email);

    const again = await t
      .client()
      .gql(`mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id } }`, {
        input: { token, password: 'another long password' },
      });
    expect(again.errors?.[0]?.extensions?.code).toBe('INVITATION_INVALID');
    await t.client().signIn(email, 'a long enough password');
  });

  it('writes the invitation e-mail with the person (outbox) and hands it to the worker queue under a business-key job id', async () => {
    const email = `outbox-${Date.now()}@example.test`;
    await adminA.ok(CREATE, {
      input: { institutionId: institutionA.id, email, displayName: 'Outbox Check' },
    });
    const messages = await t.em().find(EmailMessage, { toAddress: email, kind: 'invitation' });
    expect(messages).toHaveLength(1);
    const job = await t.get(JobProducer).queue(QueueName.email).getJob(`email-${messages[0]!.id}`);
    expect(job?.data).toEqual({ emailMessageId: messages[0]!.id });
  });

  it('answers a taken e-mail with EMAIL_TAKEN and bad input with BAD_USER_INPUT and field problems', async () => {
    const taken = await adminA.gql(CREATE, {
      input: { institutionId: institutionA.id, email: learnerAUser.email.toUpperCase(), displayName: 'Twin' },
    });
    expect(taken.errors?.[0]?.extensions?.code).toBe('EMAIL_TAKEN');
    const bad = await adminA.gql(CREATE, {
      input: {
        institutionId: institutionA.id,
        email: 'not-an-email',
        displayName: ' ',
        timeZone: 'Mars/Olympus',
      },
    });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const fields = (bad.errors?.[0]?.extensions?.['problems'] as { field: string; code: string }[]).map(
      (p) => `${p.field}:${p.code}`,
    );
    expect(fields).toEqual(
      expect.arrayContaining(['email:INVALID_EMAIL', 'displayName:REQUIRED', 'timeZone:UNKNOWN_TIME_ZONE']),
    );
  });

  it('pages through people with a cursor, in name order, without repeats', async () => {
    const g = given(t.em());
    const inst = await g.institution();
    const admin = await g.user({ institution: inst, roles: [Role.INSTITUTION_ADMIN], name: 'Zz Admin' });
    for (const name of ['Ana', 'Boris', 'Cvijeta', 'Dino', 'Ema']) await g.user({ institution: inst, name });
    const client = await t.client().signIn(admin.email, TEST_PASSWORD);
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const data: {
        users: {
          nodes: { displayName: string }[];
          pageInfo: { endCursor: string; hasNextPage: boolean };
          totalCount: number;
        };
      } = await client.ok(
        `query($after: String) { users(first: 2, after: $after) { totalCount nodes { displayName } pageInfo { endCursor hasNextPage } } }`,
        { after },
      );
      expect(data.users.totalCount).toBe(6);
      seen.push(...data.users.nodes.map((node) => node.displayName));
      if (!data.users.pageInfo.hasNextPage) break;
      after = data.users.pageInfo.endCursor;
    }
    expect(seen).toEqual(['Ana', 'Boris', 'Cvijeta', 'Dino', 'Ema', 'Zz Admin']);
  });

  it('creates and renames units; a duplicate name in one institution is UNIT_NAME_TAKEN', async () => {
    const created = await adminA.ok<{ createUnit: { id: string; parentId: string } }>(
      `mutation($input: CreateUnitInput!) { createUnit(input: $input) { id parentId } }`,
      { input: { institutionId: institutionA.id, name: 'Logistics Battalion', parentId: unitA.id } },
    );
    expect(created.createUnit.parentId).toBe(unitA.id);
    const duplicate = await adminA.gql(
      `mutation($input: CreateUnitInput!) { createUnit(input: $input) { id } }`,
      {
        input: { institutionId: institutionA.id, name: 'LOGISTICS battalion' },
      },
    );
    expect(duplicate.errors?.[0]?.extensions?.code).toBe('UNIT_NAME_TAKEN');
    const renamed = await adminA.ok<{ renameUnit: { id: string } }>(
      `mutation($id: ID!) { renameUnit(id: $id, name: "Logistics") { id } }`,
      {
        id: created.createUnit.id,
      },
    );
    expect(renamed.renameUnit.id).toBe(created.createUnit.id);
    const units = await learnerA.ok<{ units: { name: string }[] }>(
      `query($i: ID!) { units(institutionId: $i) { name } }`,
      { i: institutionA.id },
    );
    expect(units.units.map((unit) => unit.name)).toContain('Logistics');
  });

  it('grants and revokes roles; an institution admin cannot grant the platform admin role', async () => {
    const ROLE = `mutation($input: RoleInput!) { assignRole(input: $input) { roles { role } } }`;
    const granted = await adminA.ok<{ assignRole: { roles: { role: string }[] } }>(ROLE, {
      input: { userId: learnerAUser.id, role: 'COACH', institutionId: institutionA.id },
    });
    expect(granted.assignRole.roles.map((r) => r.role).sort()).toEqual(['COACH', 'LEARNER']);
    const escalate = await adminA.gql(ROLE, {
      input: { userId: learnerAUser.id, role: 'PLATFORM_ADMIN', institutionId: institutionA.id },
    });
    expect(escalate.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const revoked = await adminA.ok<{ revokeRole: { roles: { role: string }[] } }>(
      `mutation($input: RoleInput!) { revokeRole(input: $input) { roles { role } } }`,
      { input: { userId: learnerAUser.id, role: 'COACH', institutionId: institutionA.id } },
    );
    expect(revoked.revokeRole.roles.map((r) => r.role)).toEqual(['LEARNER']);
  });
});
