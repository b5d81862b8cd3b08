import { nextTick } from 'vue';
import {
  createRouter,
  createWebHistory,
  type RouteLocationNormalized,
  type RouteRecordRaw,
} from 'vue-router';
import { i18n } from './i18n';
import { useSessionStore } from './stores/session';

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title (document title and heading). */
    titleKey: string;
    /** Reachable without signing in. */
    public?: boolean;
    /** Only for people who are not signed in (a signed-in person goes home). */
    guestOnly?: boolean;
    /** Requires INSTITUTION_ADMIN or PLATFORM_ADMIN. */
    admin?: boolean;
    /** Requires PLATFORM_ADMIN (operations across every institution). */
    platformAdmin?: boolean;
    /** Requires TRAINER, INSTITUTION_ADMIN or PLATFORM_ADMIN (the course studio). */
    studio?: boolean;
    /** Requires TRAINER, INSTITUTION_ADMIN or PLATFORM_ADMIN, without the studio's messages (enrolment views). */
    trainer?: boolean;
    /** The coaching area: its messages arrive with its first page (a lazy bundle). */
    coaching?: boolean;
    /** Requires the COACH role (the coach profile). */
    coach?: boolean;
  }
}

const routes: RouteRecordRaw[] = [
  {
    path: '/login',
    name: 'login',
    component: () => import('./pages/LoginPage.vue'),
    meta: { titleKey: 'login.title', public: true, guestOnly: true },
  },
  {
    path: '/accept-invitation',
    name: 'accept-invitation',
    component: () => import('./pages/AcceptInvitationPage.vue'),
    meta: { titleKey: 'acceptInvitation.title', public: true },
  },
  {
    path: '/',
    name: 'home',
    component: () => import('./pages/HomePage.vue'),
    meta: { titleKey: 'home.title' },
  },
  {
    path: '/profile',
    name: 'profile',
    component: () => import('./pages/ProfilePage.vue'),
    meta: { titleKey: 'profile.title' },
  },
  {
    path: '/admin/people',
    name: 'people',
    component: () => import('./pages/admin/PeoplePage.vue'),
    meta: { titleKey: 'people.title', admin: true },
  },
  {
    path: '/admin/people/:id',
    name: 'person',
    component: () => import('./pages/admin/PersonPage.vue'),
    props: true,
    meta: { titleKey: 'person.title', admin: true },
  },
  {
    path: '/admin/units',
    name: 'units',
    component: () => import('./pages/admin/UnitsPage.vue'),
    meta: { titleKey: 'units.title', admin: true },
  },
  {
    path: '/admin/import',
    name: 'import',
    component: () => import('./pages/admin/ImportPage.vue'),
    meta: { titleKey: 'import.title', admin: true },
  },
  {
    path: '/admin/outbox',
    name: 'outbox',
    component: () => import('./pages/admin/OutboxPage.vue'),
    meta: { titleKey: 'outbox.title', admin: true },
  },
  {
    path: '/admin/certificates',
    name: 'certificates',
    component: () => import('./pages/admin/CertificatesPage.vue'),
    meta: { titleKey: 'certificates.admin.title', admin: true },
  },
  {
    path: '/admin/certificate-templates',
    name: 'certificate-templates',
    component: () => import('./pages/admin/CertificateTemplatesPage.vue'),
    meta: { titleKey: 'certificates.templates.title', admin: true },
  },
  {
    path: '/admin/reminder-rules',
    name: 'reminder-rules',
    component: () => import('./pages/admin/ReminderRulesPage.vue'),
    meta: { titleKey: 'reminderRules.title', admin: true },
  },
  // Reports: the page, its charts and its messages arrive together, in chunks nobody else downloads.
  {
    path: '/admin/reports',
    name: 'reports',
    component: async () => {
      const [page] = await Promise.all([
        import('./pages/admin/ReportsPage.vue'),
        import('./locales/reports/load').then(({ loadReportsMessages }) => loadReportsMessages()),
      ]);
      return page;
    },
    meta: { titleKey: 'reports.title', admin: true },
  },
  {
    path: '/admin/queues',
    name: 'queues',
    component: () => import('./pages/admin/QueuesPage.vue'),
    meta: { titleKey: 'queues.title', platformAdmin: true },
  },
  {
    path: '/admin/enrolments',
    name: 'course-enrolments',
    component: () => import('./pages/admin/CourseEnrolmentsPage.vue'),
    meta: { titleKey: 'learn.admin.title', trainer: true },
  },
  // The learner's area: small lazy pages (a slow phone loads only the page it opens).
  {
    path: '/learn',
    name: 'learn',
    component: () => import('./pages/learn/MyLearningPage.vue'),
    meta: { titleKey: 'learn.my.title' },
  },
  {
    path: '/learn/catalogue',
    name: 'learn-catalogue',
    component: () => import('./pages/learn/CataloguePage.vue'),
    meta: { titleKey: 'learn.catalogue.title' },
  },
  {
    path: '/learn/certificates',
    name: 'learn-certificates',
    component: () => import('./pages/learn/MyCertificatesPage.vue'),
    meta: { titleKey: 'certificates.my.title' },
  },
  {
    path: '/learn/enrolments/:enrolmentId',
    name: 'learn-course',
    component: () => import('./pages/learn/CoursePage.vue'),
    props: true,
    meta: { titleKey: 'learn.course.title' },
  },
  {
    path: '/learn/enrolments/:enrolmentId/lessons/:lessonId',
    name: 'learn-lesson',
    component: () => import('./pages/learn/LessonPage.vue'),
    props: true,
    meta: { titleKey: 'learn.lesson.title' },
  },
  {
    path: '/learn/enrolments/:enrolmentId/quizzes/:quizId',
    name: 'learn-quiz',
    component: () => import('./pages/learn/QuizPage.vue'),
    props: true,
    meta: { titleKey: 'learn.quiz.title' },
  },
  {
    path: '/learn/enrolments/:enrolmentId/attempts/:attemptId',
    name: 'learn-attempt',
    component: () => import('./pages/learn/AttemptPage.vue'),
    props: true,
    meta: { titleKey: 'learn.quiz.title' },
  },
  // The notification centre and its settings (reminder e-mails link to the settings: keep that path).
  {
    path: '/notifications',
    name: 'notifications',
    component: () => import('./pages/notifications/NotificationsPage.vue'),
    meta: { titleKey: 'notifications.title' },
  },
  {
    path: '/notifications/settings',
    name: 'notification-settings',
    component: () => import('./pages/notifications/NotificationSettingsPage.vue'),
    meta: { titleKey: 'notifications.settings.title' },
  },
  // The Gender Coach Programme: lazy pages and messages, for the pair of an engagement and the programme's runners.
  {
    path: '/coaching',
    name: 'coaching',
    component: () => import('./pages/coaching/CoachingHomePage.vue'),
    meta: { titleKey: 'coaching.home.title', coaching: true },
  },
  {
    path: '/coaching/engagements/:id',
    name: 'coaching-engagement',
    component: () => import('./pages/coaching/EngagementPage.vue'),
    props: true,
    meta: { titleKey: 'coaching.engagement.title', coaching: true },
  },
  {
    path: '/coaching/sessions/:id',
    name: 'coaching-session',
    component: () => import('./pages/coaching/SessionPage.vue'),
    props: true,
    meta: { titleKey: 'coaching.session.title', coaching: true },
  },
  {
    path: '/coaching/programmes',
    name: 'coaching-programmes',
    component: () => import('./pages/coaching/ProgrammesPage.vue'),
    meta: { titleKey: 'coaching.programmes.title', coaching: true },
  },
  {
    path: '/coaching/programmes/:id',
    name: 'coaching-programme',
    component: () => import('./pages/coaching/ProgrammePage.vue'),
    props: true,
    meta: { titleKey: 'coaching.programme.title', coaching: true },
  },
  {
    path: '/coaching/profile',
    name: 'coaching-profile',
    component: () => import('./pages/coaching/CoachProfilePage.vue'),
    meta: { titleKey: 'coaching.profile.title', coaching: true, coach: true },
  },
  // The studio: its pages, composables and messages are lazy chunks a learner never downloads.
  {
    path: '/studio',
    name: 'studio',
    component: () => import('./pages/studio/StudioCoursesPage.vue'),
    meta: { titleKey: 'studio.courses.title', studio: true },
  },
  {
    path: '/studio/review',
    name: 'studio-review',
    component: () => import('./pages/studio/ReviewQueuePage.vue'),
    meta: { titleKey: 'studio.review.title', studio: true },
  },
  {
    path: '/studio/banks',
    name: 'studio-banks',
    component: () => import('./pages/studio/QuestionBanksPage.vue'),
    meta: { titleKey: 'studio.banks.title', studio: true },
  },
  {
    path: '/studio/banks/:id',
    name: 'studio-bank',
    component: () => import('./pages/studio/QuestionBankPage.vue'),
    props: true,
    meta: { titleKey: 'studio.bank.title', studio: true },
  },
  {
    path: '/studio/courses/:id',
    name: 'studio-course',
    component: () => import('./pages/studio/CourseEditorPage.vue'),
    props: true,
    meta: { titleKey: 'studio.course.title', studio: true },
  },
  {
    path: '/studio/courses/:courseId/lessons/:lessonId',
    name: 'studio-lesson',
    component: () => import('./pages/studio/LessonEditorPage.vue'),
    props: true,
    meta: { titleKey: 'studio.lesson.title', studio: true },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('./pages/NotFoundPage.vue'),
    meta: { titleKey: 'notFound.title', public: true },
  },
  // Same pattern as not-found, so it is only reached by name: the address bar keeps the page that was refused.
  {
    path: '/:pathMatch(.*)*',
    name: 'not-allowed',
    component: () => import('./pages/NotAllowedPage.vue'),
    meta: { titleKey: 'notAllowed.title' },
  },
];

/** Only same-site paths are followed after sign-in (never `//evil.example` or absolute URLs). */
export function safeRedirect(value: unknown): string {
  return typeof value === 'string' &&
    value.startsWith('/') &&
    !value.startsWith('//') &&
    !value.startsWith('/\\')
    ? value
    : '/';
}

export function updateTitle(route: RouteLocationNormalized): void {
  const { t } = i18n.global;
  document.title = `${t(route.meta.titleKey)} · Parity`;
}

export function createAppRouter() {
  const router = createRouter({
    history: createWebHistory(),
    routes,
    scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
  });

  router.beforeEach(async (to) => {
    const session = useSessionStore();
    if (!session.loaded) await session.load();
    if (to.meta.guestOnly && session.isSignedIn) return { name: 'home', replace: true };
    if (!to.meta.public && !session.isSignedIn) {
      return { name: 'login', query: to.fullPath === '/' ? {} : { redirect: to.fullPath }, replace: true };
    }
    if (
      (to.meta.admin && !session.isAdmin) ||
      (to.meta.platformAdmin && !session.isPlatformAdmin) ||
      ((to.meta.studio || to.meta.trainer) && !session.canUseStudio) ||
      (to.meta.coach && !session.hasRole('COACH'))
    ) {
      return {
        name: 'not-allowed',
        params: { pathMatch: to.path.slice(1).split('/') },
        query: to.query,
        hash: to.hash,
        replace: true,
      };
    }
    if (to.meta.studio) {
      // The studio's messages (and the title of this page) arrive with its first page.
      const { loadStudioMessages } = await import('./locales/studio/load');
      await loadStudioMessages();
    }
    if (to.meta.coaching) {
      const { loadCoachingMessages } = await import('./locales/coaching/load');
      await loadCoachingMessages();
    }
    return true;
  });

  let firstNavigation = true;
  router.afterEach(async (to, _from, failure) => {
    if (failure) return;
    updateTitle(to);
    if (firstNavigation) {
      // On first load the browser starts at the top of the page: keep the skip link first in the tab order.
      firstNavigation = false;
      return;
    }
    await nextTick();
    document.querySelector<HTMLElement>('main h1')?.focus();
  });

  return router;
}
