import { MikroORM } from '@mikro-orm/postgresql';
import { loadConfig } from '@parity/shared/config';
import { platformOrmOptions } from '@parity/platform';
import { seedDemo } from '@parity/platform/tools';
import {
  Course,
  CourseVersion,
  Question,
  QuestionBank,
  Quiz,
  QuizKind,
  VersionStatus,
} from '@parity/curriculum';
import { User } from '@parity/identity';
import {
  ActionItem,
  CoachingEngagement,
  CoachingSession,
  EngagementState,
  NoteCipher,
  SessionNote,
} from '@parity/coaching';

describe('the demo data', () => {
  let orm: MikroORM;
  beforeAll(async () => {
    orm = await MikroORM.init(platformOrmOptions(loadConfig().DATABASE_URL, 2));
  });
  afterAll(() => orm.close(true));

  it('loads a person per role and a published regional course with a mixed question bank and paired pre/post tests, once', async () => {
    const first = await seedDemo(orm.em.fork(), 'not-a-real-hash', new NoteCipher(loadConfig()));
    expect(first.created).toBe(true);
    expect(first.logins.map((login) => login.email)).toEqual(
      expect.arrayContaining([
        'admin@parity.demo',
        'hr.admin@parity.demo',
        'trainer@parity.demo',
        'trainer2@parity.demo',
        'coach@parity.demo',
        'learner@parity.demo',
      ]),
    );
    const em = orm.em.fork();
    const version = await em.findOneOrFail(
      CourseVersion,
      { title: { en: { $like: 'Gender equality in the security sector%' } } } as never,
      { populate: ['snapshot'] },
    );
    expect(version.status).toBe(VersionStatus.PUBLISHED);
    expect(version.locales).toEqual(expect.arrayContaining(['en', 'sr-Latn', 'mk']));
    const snapshot = version.snapshot as {
      modules: { lessons: unknown[]; quizzes: { kind: string; questions: unknown[] }[] }[];
    };
    expect(snapshot.modules.length).toBeGreaterThanOrEqual(3);
    const course = await em.findOneOrFail(Course, version.course.id);
    expect(course.publishedVersionId).toBe(version.id);
    const banks = await em.find(QuestionBank, { ownerInstitution: course.ownerInstitution.id });
    const bank = banks.find((candidate) => candidate.name.en === 'UNSCR 1325 basics');
    const demoQuestions = await em.find(Question, {
      bank: bank?.id ?? '00000000-0000-4000-8000-000000000000',
    });
    expect(demoQuestions).toHaveLength(10);
    expect(new Set(demoQuestions.map((q) => q.type)).size).toBeGreaterThanOrEqual(6);
    const quizzes = await em.find(Quiz, { module: { version: version.id } });
    const pre = quizzes.find((q) => q.kind === QuizKind.PRE_TEST);
    const post = quizzes.find((q) => q.kind === QuizKind.POST_TEST);
    expect(pre?.pairedQuizId).toBe(post?.id);
    expect(post?.pairedQuizId).toBe(pre?.id);

    const again = await seedDemo(orm.em.fork(), 'not-a-real-hash', new NoteCipher(loadConfig()));
    expect(again.created).toBe(false);
    expect(await orm.em.fork().count(User, { email: 'trainer@parity.demo' })).toBe(1);
  });

  it('shows the coaching programme at work: an active engagement with sessions, notes the pair can read, a plan', async () => {
    const em = orm.em.fork();
    const coach = await em.findOneOrFail(User, { email: 'coach@parity.demo' });
    const commander = await em.findOneOrFail(User, { email: 'commander@parity.demo' });
    const engagement = await em.findOneOrFail(CoachingEngagement, {
      coachId: coach.id,
      coacheeId: commander.id,
    });
    expect(engagement.state).toBe(EngagementState.ACTIVE);
    const sessions = await em.find(CoachingSession, { engagementId: engagement.id });
    expect(sessions.map((session) => session.state).sort()).toEqual([
      'held',
      'held',
      'proposed',
      'scheduled',
    ]);
    const cipher = new NoteCipher(loadConfig());
    const notes = await em.find(SessionNote, { engagementId: engagement.id });
    const bodies = notes.map((note) =>
      cipher.decrypt(
        {
          noteId: note.id,
          authorId: note.authorId,
          engagementId: note.engagementId,
          visibility: note.visibility,
        },
        { keyId: note.keyId, ciphertext: note.bodyCiphertext },
      ),
    );
    expect(bodies.some((body) => body.includes('deployment criteria'))).toBe(true);
    expect(notes.map((note) => note.visibility).sort()).toEqual(['private', 'shared']);
    expect(await em.count(ActionItem, { engagementId: engagement.id })).toBe(3);
  });
});
