import type { Whose } from '@parity/identity';
import { Course, CourseModule, Lesson } from '@parity/curriculum';
import { byError, unique, type Probe, type Target } from './probes';
import type { ApiClient } from '../../support/test-app';

/** Courses have no unit: "whose" is own (co-author), institution (owner institution) or other (shared by another). */
const COURSE: readonly Whose[] = ['own', 'institution', 'other'];
const T = (text: string) => [{ locale: 'en', text }];

const mutate = (query: string, variables: (t: Target) => Record<string, unknown>): Probe => ({
  whose: COURSE,
  run: async (c: ApiClient, t: Target) => byError(await c.gql(query, variables(t))),
});

async function freshModule(t: Target): Promise<CourseModule> {
  const em = t.em();
  const module = new CourseModule(
    em.getReference('CourseVersion', t.course.version.id) as never,
    99,
    { en: 'Fresh' },
    {},
  );
  await em.persistAndFlush(module);
  return module;
}

async function freshLesson(t: Target): Promise<Lesson> {
  const em = t.em();
  const lesson = new Lesson(em.getReference('CourseModule', t.course.module.id) as never, 99, {
    title: { en: 'Fresh' },
    body: {},
  });
  await em.persistAndFlush(lesson);
  return lesson;
}

/** Sets the target course's archivedAt directly, so archive and restore probes leave the shared fixture as found. */
async function setArchived(t: Target, archivedAt: Date | null): Promise<void> {
  await t.em().nativeUpdate(Course, { id: t.course.course.id }, { archivedAt });
}

export const CURRICULUM_PROBES: Record<string, Probe> = {
  createCourse: {
    whose: ['institution', 'other'],
    run: async (c, t) =>
      byError(
        await c.gql(`mutation($input: CreateCourseInput!) { createCourse(input: $input) { id } }`, {
          input: { institutionId: t.institution.id, defaultLocale: 'en', title: T(`Probe ${unique()}`) },
        }),
      ),
  },
  importCoursePackage: {
    whose: ['institution', 'other'],
    run: async (c, t) =>
      byError(
        await c.gql(`mutation($i: ID!) { importCoursePackage(institutionId: $i, package: "{}") { id } }`, {
          i: t.institution.id,
        }),
      ),
  },
  exportCourseVersion: mutate(`query($id: ID!) { exportCourseVersion(id: $id) }`, (t) => ({
    id: t.course.version.id,
  })),
  courses: {
    whose: COURSE,
    run: async (c, t) => {
      const result = await c.gql<{ courses: { nodes: { id: string }[] } }>(
        `{ courses(first: 100) { nodes { id } } }`,
      );
      if (byError(result) === 'denied') return 'denied';
      return result.data?.courses.nodes.some((node) => node.id === t.course.course.id) ? 'allowed' : 'denied';
    },
  },
  course: mutate(`query($id: ID!) { course(id: $id) { id } }`, (t) => ({ id: t.course.course.id })),
  courseVersion: mutate(`query($id: ID!) { courseVersion(id: $id) { id } }`, (t) => ({
    id: t.course.version.id,
  })),
  updateCourseSettings: mutate(
    `mutation($id: ID!, $rev: Int!) { updateCourseSettings(id: $id, input: { expectedRev: $rev, tags: ["probe"] }) { id } }`,
    (t) => ({ id: t.course.course.id, rev: 1 }),
  ),
  addCourseAuthor: mutate(
    `mutation($c: ID!, $u: ID!) { addCourseAuthor(courseId: $c, userId: $u) { id } }`,
    (t) => ({
      c: t.course.course.id,
      u: t.course.course.createdById,
    }),
  ),
  removeCourseAuthor: mutate(
    `mutation($c: ID!, $u: ID!) { removeCourseAuthor(courseId: $c, userId: $u) { id } }`,
    (t) => ({
      c: t.course.course.id,
      u: '00000000-0000-4000-8000-000000000000',
    }),
  ),
  updateVersionText: mutate(
    `mutation($id: ID!) { updateVersionText(id: $id, input: { expectedRev: 1, title: [{ locale: "en", text: "Probe" }] }) { id } }`,
    (t) => ({ id: t.course.version.id }),
  ),
  addModule: mutate(
    `mutation($id: ID!) { addModule(versionId: $id, input: { title: [{ locale: "en", text: "P" }] }) { id } }`,
    (t) => ({
      id: t.course.version.id,
    }),
  ),
  updateModule: mutate(
    `mutation($id: ID!) { updateModule(id: $id, input: { expectedRev: 1, title: [{ locale: "en", text: "P" }] }) { id } }`,
    (t) => ({ id: t.course.module.id }),
  ),
  moveModule: mutate(`mutation($id: ID!) { moveModule(id: $id, position: 0) { id } }`, (t) => ({
    id: t.course.module.id,
  })),
  deleteModule: {
    whose: COURSE,
    run: async (c, t) =>
      byError(await c.gql(`mutation($id: ID!) { deleteModule(id: $id) }`, { id: (await freshModule(t)).id })),
  },
  addLesson: mutate(
    `mutation($id: ID!) { addLesson(moduleId: $id, input: { title: [{ locale: "en", text: "P" }] }) { id } }`,
    (t) => ({
      id: t.course.module.id,
    }),
  ),
  updateLesson: mutate(
    `mutation($id: ID!) { updateLesson(id: $id, input: { expectedRev: 1, title: [{ locale: "en", text: "P" }] }) { id } }`,
    (t) => ({ id: t.course.lesson.id }),
  ),
  moveLesson: mutate(
    `mutation($id: ID!, $m: ID!) { moveLesson(id: $id, moduleId: $m, position: 0) { id } }`,
    (t) => ({
      id: t.course.lesson.id,
      m: t.course.module.id,
    }),
  ),
  deleteLesson: {
    whose: COURSE,
    run: async (c, t) =>
      byError(await c.gql(`mutation($id: ID!) { deleteLesson(id: $id) }`, { id: (await freshLesson(t)).id })),
  },
  attachLessonFile: mutate(
    `mutation($l: ID!, $f: ID!) { attachLessonFile(lessonId: $l, fileId: $f) { id } }`,
    (t) => ({
      l: t.course.lesson.id,
      f: '00000000-0000-4000-8000-000000000000',
    }),
  ),
  detachLessonFile: mutate(
    `mutation($l: ID!, $f: ID!) { detachLessonFile(lessonId: $l, fileId: $f) }`,
    (t) => ({
      l: t.course.lesson.id,
      f: '00000000-0000-4000-8000-000000000000',
    }),
  ),
  submitVersion: mutate(`mutation($id: ID!) { submitVersion(id: $id) { id } }`, (t) => ({
    id: t.course.version.id,
  })),
  createDraft: mutate(`mutation($id: ID!) { createDraft(courseId: $id) { id } }`, (t) => ({
    id: t.course.course.id,
  })),
  approveVersion: mutate(`mutation($id: ID!) { approveVersion(id: $id) { id } }`, (t) => ({
    id: t.course.version.id,
  })),
  returnVersion: mutate(`mutation($id: ID!) { returnVersion(id: $id, note: "probe") { id } }`, (t) => ({
    id: t.course.version.id,
  })),
  archiveCourse: {
    whose: COURSE,
    run: async (c, t) => {
      await setArchived(t, null);
      try {
        return byError(
          await c.gql(`mutation($id: ID!) { archiveCourse(id: $id) { id } }`, { id: t.course.course.id }),
        );
      } finally {
        await setArchived(t, null);
      }
    },
  },
  restoreCourse: {
    whose: COURSE,
    run: async (c, t) => {
      await setArchived(t, new Date());
      try {
        return byError(
          await c.gql(`mutation($id: ID!) { restoreCourse(id: $id) { id } }`, { id: t.course.course.id }),
        );
      } finally {
        await setArchived(t, null);
      }
    },
  },
};
