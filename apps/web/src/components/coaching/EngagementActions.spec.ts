import { mount } from '@vue/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import type { EngagementSummaryFieldsFragment } from '../../graphql/coaching.generated';
import { i18n, setLocale } from '../../i18n';
import { loadCoachingMessages } from '../../locales/coaching/load';
import EngagementActions from './EngagementActions.vue';

const summary = (change: Partial<EngagementSummaryFieldsFragment>): EngagementSummaryFieldsFragment => ({
  id: 'e1',
  programmeId: 'p1',
  programmeName: 'Gender Coach Programme 2027',
  coach: { id: 'coach', displayName: 'Elena' },
  coachee: { id: 'coachee', displayName: 'Vesna' },
  state: 'ACTIVE',
  plannedSessions: 5,
  sessionsHeld: 5,
  actionItemsOpen: 0,
  actionItemsDone: 2,
  nextSessionAt: null,
  startsOn: null,
  endsOn: null,
  coachAcceptedAt: '2027-01-01T00:00:00Z',
  coacheeConfirmedAt: '2027-01-02T00:00:00Z',
  coachCompletedAt: null,
  completedAt: null,
  myRole: 'coach',
  ...change,
});

beforeEach(async () => {
  await setLocale('en');
  await loadCoachingMessages();
});

const buttons = (props: { summary: EngagementSummaryFieldsFragment; role: 'coach' | 'coachee' }) => {
  const wrapper = mount(EngagementActions, { props, global: { plugins: [i18n] } });
  const texts = wrapper.findAll('button').map((button) => button.text());
  const waiting = wrapper.find('.muted').exists() ? wrapper.find('.muted').text() : '';
  const exportLink = wrapper.find('a[download]').exists()
    ? wrapper.find('a[download]').attributes('href')
    : null;
  wrapper.unmount();
  return { texts, waiting, exportLink };
};

describe('the next step of an engagement', () => {
  it('asks the coach to accept a proposed match and the coachee to confirm it', () => {
    const proposed = summary({ state: 'PROPOSED', coachAcceptedAt: null, coacheeConfirmedAt: null });
    expect(buttons({ summary: proposed, role: 'coach' }).texts).toEqual([
      'Accept this engagement',
      'Decline',
    ]);
    expect(buttons({ summary: proposed, role: 'coachee' }).texts).toEqual([
      'Confirm this engagement',
      'Decline',
    ]);
  });

  it('tells the one who answered already to wait for the other', () => {
    const accepted = summary({ state: 'PROPOSED', coacheeConfirmedAt: null });
    expect(buttons({ summary: accepted, role: 'coach' })).toMatchObject({
      texts: [],
      waiting: 'Waiting for the other person to confirm.',
    });
  });

  it('lets the coach mark an active engagement complete, then the coachee confirm it', () => {
    expect(buttons({ summary: summary({}), role: 'coach' }).texts).toEqual(['Mark the engagement complete']);
    expect(buttons({ summary: summary({}), role: 'coachee' }).texts).toEqual([]);
    const marked = summary({ coachCompletedAt: '2027-06-01T00:00:00Z' });
    expect(buttons({ summary: marked, role: 'coach' })).toMatchObject({
      texts: [],
      waiting: 'Waiting for your coachee to confirm completion.',
    });
    expect(buttons({ summary: marked, role: 'coachee' }).texts).toEqual(['Confirm completion']);
  });

  it('offers completion only once every planned session is held, and says so before', () => {
    expect(buttons({ summary: summary({ sessionsHeld: 4 }), role: 'coach' })).toMatchObject({
      texts: [],
      waiting: 'You can mark the engagement complete once 5 sessions are held.',
    });
  });

  it('offers the export to the coachee only', () => {
    expect(buttons({ summary: summary({}), role: 'coachee' }).exportLink).toBe(
      '/coaching/engagements/e1/export.pdf',
    );
    expect(buttons({ summary: summary({}), role: 'coach' }).exportLink).toBeNull();
  });
});
