import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n, setLocale } from '../../i18n';
import { loadCoachingMessages } from '../../locales/coaching/load';
import { useSessionStore } from '../../stores/session';
import NotesPanel from './NotesPanel.vue';

const json = (body: unknown) =>
  new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
const coach = { id: 'coach', displayName: 'Elena' };
const coachee = { id: 'coachee', displayName: 'Vesna' };
const note = (id: string, author: typeof coach, visibility: 'PRIVATE' | 'SHARED', body: string) => ({
  id,
  engagementId: 'e1',
  sessionId: null,
  author,
  visibility,
  body,
  createdAt: '2027-03-02T10:00:00.000Z',
  updatedAt: null,
});

function serve(notes: unknown[], written?: unknown) {
  const fetch = vi.fn(async (_url: string, init: RequestInit) => {
    const body = JSON.parse(String(init.body)) as { query: string };
    if (body.query.includes('writeSessionNote')) return json({ data: { writeSessionNote: written } });
    return json({
      data: { sessionNotes: { nodes: notes, pageInfo: { endCursor: null, hasNextPage: false } } },
    });
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

beforeEach(async () => {
  setActivePinia(createPinia());
  useSessionStore().me = {
    id: 'coachee',
    email: 'vesna@example.org',
    displayName: 'Vesna',
    locale: 'en',
    timeZone: 'UTC',
    status: 'ACTIVE',
    institution: { id: 'i1', name: 'MoD', shortName: 'MoD' },
    roles: [],
  };
  await setLocale('en');
  await loadCoachingMessages();
});
afterEach(() => {
  document.body.innerHTML = '';
});

const render = () =>
  mount(NotesPanel, {
    props: { engagementId: 'e1', role: 'coachee' },
    global: { plugins: [i18n] },
    attachTo: document.body,
  });

describe('notes of an engagement, as the coachee sees them', () => {
  it('says in words who can read each note, and offers edit and delete on one’s own notes only', async () => {
    serve([
      note('n1', coach, 'SHARED', 'Review the checklist together.'),
      note('n2', coachee, 'PRIVATE', 'My own worry.'),
      note('n3', coachee, 'SHARED', 'For my coach.'),
    ]);
    const wrapper = render();
    await flushPromises();
    const items = wrapper.findAll('li.note');
    expect(items.map((item) => item.find('.note__visibility').text())).toEqual([
      'Shared with you',
      'Private — only you can read this',
      'Shared — your coach can read this too',
    ]);
    expect(items[0]?.findAll('button')).toHaveLength(0);
    expect(items[1]?.findAll('button').map((button) => button.text())).toEqual(['Edit', 'Delete']);
    wrapper.unmount();
  });

  it('shows the empty state, then a newly written note first, and announces that it was saved privately', async () => {
    const fetch = serve([], note('n9', coachee, 'PRIVATE', 'A new thought.'));
    const wrapper = render();
    await flushPromises();
    expect(wrapper.text()).toContain('No notes yet.');
    await wrapper.find('#note-new-body').setValue('A new thought.');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    const sent = JSON.parse(String((fetch.mock.calls[1] as unknown as [string, RequestInit])[1].body));
    expect(sent.variables.input).toEqual({
      engagementId: 'e1',
      body: 'A new thought.',
      visibility: 'PRIVATE',
    });
    expect(wrapper.find('li.note .note__body').text()).toBe('A new thought.');
    expect(wrapper.find('[role="status"]').text()).toBe('Private note saved.');
    expect((wrapper.find('#note-new-body').element as HTMLTextAreaElement).value).toBe('');
    expect(document.activeElement?.id).toBe('note-new-body');
    wrapper.unmount();
  });
});
