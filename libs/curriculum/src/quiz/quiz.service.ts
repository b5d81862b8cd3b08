import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { badInput, notFound, parseInput } from '@parity/shared/errors';
import type { Actor } from '@parity/identity';
import { CourseAccess } from '../access/course-access.service';
import { saveRevision } from '../access/revision';
import { logChange } from '../course/change-log';
import { assertDraft } from '../version/assert-draft';
import { QuizItemService } from './quiz-item.service';
import { quizSchema, quizUpdateSchema } from './quiz-input.schema';
import { QuizKind } from './quiz-kind.enum';
import { Quiz } from './quiz.entity';

const PAIRS: Partial<Record<QuizKind, QuizKind>> = {
  [QuizKind.PRE_TEST]: QuizKind.POST_TEST,
  [QuizKind.POST_TEST]: QuizKind.PRE_TEST,
};

/** Adding, changing and deleting a draft's quizzes (their settings and pre-/post-test pairing). */
@Injectable()
export class QuizService {
  constructor(
    private readonly em: EntityManager,
    private readonly access: CourseAccess,
    private readonly items: QuizItemService,
  ) {}

  async quiz(actor: Actor | null, id: string): Promise<{ actor: Actor; quiz: Quiz }> {
    const quiz = await this.em.findOne(Quiz, id, { populate: ['module', 'module.version'] });
    if (!quiz) throw notFound('Quiz');
    const { actor: caller } = await this.access.module(actor, quiz.module.id, 'course.edit');
    assertDraft(quiz.module.version);
    return { actor: caller, quiz };
  }

  /** The quiz to pair with (a pre-test with a post-test of the same version), or BAD_USER_INPUT. */
  private async partnerFor(quiz: Quiz, kind: QuizKind, partnerId: string | null): Promise<Quiz | null> {
    if (!partnerId) return null;
    const partner = await this.em.findOne(Quiz, partnerId, { populate: ['module'] });
    const sameVersion = partner?.module.version.id === quiz.module.version.id;
    if (!partner || partner.id === quiz.id || !sameVersion || PAIRS[kind] !== partner.kind) {
      throw badInput([{ field: 'pairedQuizId', code: 'INVALID' }]);
    }
    return partner;
  }

  /** Pairs the two quizzes (or unpairs `quiz`), on both sides; former partners are unpaired. */
  private async pair(quiz: Quiz, partner: Quiz | null): Promise<void> {
    const stale = [quiz.pairedQuizId, partner?.pairedQuizId].filter(
      (id): id is string => Boolean(id) && id !== quiz.id && id !== partner?.id,
    );
    if (stale.length) await this.em.nativeUpdate(Quiz, { id: { $in: stale } }, { pairedQuizId: null });
    quiz.pairedQuizId = partner?.id ?? null;
    if (partner) partner.pairedQuizId = quiz.id;
  }

  async add(actorOrNull: Actor | null, moduleId: string, raw: unknown): Promise<Quiz> {
    const { pairedQuizId, ...settings } = parseInput(quizSchema, raw);
    const { actor, module } = await this.access.module(actorOrNull, moduleId, 'course.edit');
    assertDraft(module.version);
    const position = await this.em.count(Quiz, { module: module.id });
    const quiz = new Quiz(module, position, settings);
    await this.pair(quiz, await this.partnerFor(quiz, settings.kind, pairedQuizId));
    this.em.persist(quiz);
    logChange(this.em, module.version.course, actor.userId, 'quiz.added', module.version.id, {
      quizId: quiz.id,
    });
    await this.em.flush();
    return quiz;
  }

  async update(actorOrNull: Actor | null, id: string, raw: unknown): Promise<Quiz> {
    const { expectedRev, pairedQuizId, ...settings } = parseInput(quizUpdateSchema, raw);
    const { actor, quiz } = await this.quiz(actorOrNull, id);
    const partner = await this.partnerFor(quiz, settings.kind, pairedQuizId);
    await saveRevision(this.em, Quiz, quiz, expectedRev, settings);
    await this.pair(quiz, partner);
    const { version } = quiz.module;
    logChange(this.em, version.course, actor.userId, 'quiz.changed', version.id, {
      quizId: quiz.id,
    });
    await this.em.flush();
    return quiz;
  }

  async delete(actorOrNull: Actor | null, id: string): Promise<boolean> {
    const { actor, quiz } = await this.quiz(actorOrNull, id);
    const siblings = await this.em.find(
      Quiz,
      { module: quiz.module.id, id: { $ne: quiz.id } },
      { orderBy: { position: 'asc' } },
    );
    siblings.forEach((sibling, index) => (sibling.position = index));
    if (quiz.pairedQuizId) await this.pair(quiz, null);
    this.em.remove(quiz);
    logChange(this.em, quiz.module.version.course, actor.userId, 'quiz.deleted', quiz.module.version.id, {
      quizId: quiz.id,
    });
    await this.em.flush();
    return true;
  }

  async setItems(actorOrNull: Actor | null, id: string, raw: unknown): Promise<Quiz> {
    const { actor, quiz } = await this.quiz(actorOrNull, id);
    await this.items.replace(actor, quiz, raw);
    logChange(
      this.em,
      quiz.module.version.course,
      actor.userId,
      'quiz.items-changed',
      quiz.module.version.id,
      {
        quizId: quiz.id,
      },
    );
    await this.em.flush();
    return quiz;
  }
}
