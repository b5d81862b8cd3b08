import { CourseVisibility } from '@parity/curriculum';
import type { Whose } from '@parity/identity';
import { CertificateIssuer } from '@parity/certification';
import { Enrolment, EnrolmentSource, EnrolmentStatus } from '@parity/learning';
import { givenPublishedCourse } from '@parity/shared/testing';
import { byError, unique, type Probe, type Target } from './probes';

/** A certificate's "whose" is its issuing institution (the course's owner). */
const INSTITUTIONS: readonly Whose[] = ['institution', 'other'];

/** The target person's certificate for a fresh course of the target institution, issued as the worker does. */
async function freshCertificate(t: Target): Promise<string> {
  const fixture = await givenPublishedCourse(t.em(), {
    institution: t.institution,
    author: t.user,
    visibility: CourseVisibility.REGIONAL,
    title: { en: `Probe certificate ${unique()}` },
  });
  const em = t.em();
  const enrolment = new Enrolment(
    em.getReference('User', t.user.id) as never,
    fixture.version,
    EnrolmentSource.ASSIGNED,
  );
  enrolment.status = EnrolmentStatus.COMPLETED;
  enrolment.completedAt = new Date();
  await em.persistAndFlush(enrolment);
  await t.em().transactional((tx) => t.service(CertificateIssuer).issueFor(tx, enrolment.id));
  const rows = await t
    .em()
    .execute<{ id: string }[]>(`select id from certificate where enrolment_id = ?`, [enrolment.id]);
  return rows[0]!.id;
}

export const CERTIFICATION_PROBES: Record<string, Probe> = {
  myCertificates: {
    whose: ['own'],
    run: async (c) => byError(await c.gql(`{ myCertificates { id } }`)),
  },
  certificates: {
    whose: INSTITUTIONS,
    run: async (c, t) =>
      byError(
        await c.gql(`query($i: ID!) { certificates(institutionId: $i) { totalCount } }`, {
          i: t.institution.id,
        }),
      ),
  },
  revokeCertificate: {
    whose: INSTITUTIONS,
    run: async (c, t) =>
      byError(
        await c.gql(`mutation($id: ID!, $r: String!) { revokeCertificate(id: $id, reason: $r) { id } }`, {
          id: await freshCertificate(t),
          r: 'Issued by mistake',
        }),
      ),
  },
  dismissCertificateNotice: {
    whose: ['own'],
    run: async (c, t) =>
      byError(
        await c.gql(`mutation($id: ID!) { dismissCertificateNotice(id: $id) { id noticeSeen } }`, {
          id: await freshCertificate(t),
        }),
      ),
  },
  reissueCertificate: {
    whose: INSTITUTIONS,
    run: async (c, t) => {
      const id = await freshCertificate(t);
      await t
        .em()
        .execute(`update certificate set revoked_at = now(), revocation_reason = 'Wrong name' where id = ?`, [
          id,
        ]);
      return byError(await c.gql(`mutation($id: ID!) { reissueCertificate(id: $id) { id } }`, { id }));
    },
  },
  certificateTemplates: {
    whose: INSTITUTIONS,
    run: async (c, t) =>
      byError(
        await c.gql(`query($i: ID!) { certificateTemplates(institutionId: $i) { id } }`, {
          i: t.institution.id,
        }),
      ),
  },
  saveCertificateTemplate: {
    whose: INSTITUTIONS,
    run: async (c, t) =>
      byError(
        await c.gql(
          `mutation($input: CertificateTemplateInput!) { saveCertificateTemplate(input: $input) { id } }`,
          {
            input: {
              institutionId: t.institution.id,
              name: `Probe template ${unique()}`,
              primaryColor: '#123456',
              accentColor: '#abcdef',
              signatories: [{ name: 'Ana Probe', title: 'Director' }],
              isDefault: false,
            },
          },
        ),
      ),
  },
  courseCertification: {
    whose: INSTITUTIONS,
    run: async (c, t) =>
      byError(
        await c.gql(`query($c: ID!) { courseCertification(courseId: $c) { courseId } }`, {
          c: t.course.course.id,
        }),
      ),
  },
  setCourseCertification: {
    whose: INSTITUTIONS,
    run: async (c, t) =>
      byError(
        await c.gql(
          `mutation($input: CourseCertificationInput!) { setCourseCertification(input: $input) { courseId } }`,
          { input: { courseId: t.course.course.id, validityMonths: 24 } },
        ),
      ),
  },
};
