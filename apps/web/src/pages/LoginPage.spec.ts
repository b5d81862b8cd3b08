import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { i18n, setLocale } from '../i18n';
import LoginPage from './LoginPage.vue';

const Home = defineComponent({ render: () => h('p', 'home') });

const ana = {
  id: 'u1',
  email: 'ana@example.org',
  displayName: 'Ana',
  locale: 'en',
  timeZone: 'Europe/Skopje',
  status: 'ACTIVE',
  institution: { id: 'i1', name: 'Ministry of Defence', shortName: 'MoD' },
  roles: [],
};

function answer(body: unknown): void {
  vi.stubGlobal(
    'fetch',
    vi.fn(
      async () => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }),
    ),
  );
}

async function renderLogin(path = '/login') {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/login', component: LoginPage },
      { path: '/:rest(.*)*', component: Home },
    ],
  });
  await router.push(path);
  const wrapper = mount(LoginPage, {
    global: { plugins: [createPinia(), i18n, router] },
    attachTo: document.body,
  });
  return { wrapper, router };
}

async function signIn(wrapper: Awaited<ReturnType<typeof renderLogin>>['wrapper']) {
  await wrapper.find('input[type="email"]').setValue('ana@example.org');
  await wrapper.find('input[type="password"]').setValue('wrong horse battery');
  await wrapper.find('form').trigger('submit');
  await flushPromises();
}

beforeEach(async () => {
  await setLocale('en');
});

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('LoginPage', () => {
  it('labels its fields and button for everyone, screen readers included', async () => {
    const { wrapper } = await renderLogin();
    const labels = wrapper.findAll('label').map((label) => label.text());
    expect(labels).toEqual(['Email', 'Password']);
    for (const label of wrapper.findAll('label')) {
      expect(wrapper.find(`#${label.attributes('for')}`).exists()).toBe(true);
    }
    expect(wrapper.find('button[type="submit"]').text()).toBe('Sign in');
    expect(wrapper.find('h1').attributes('tabindex')).toBe('-1');
  });

  it('announces a wrong email or password in words, and clears the password', async () => {
    answer({ data: null, errors: [{ message: 'x', extensions: { code: 'INVALID_CREDENTIALS' } }] });
    const { wrapper, router } = await renderLogin();
    await signIn(wrapper);

    const alert = wrapper.find('[role="alert"]');
    expect(alert.exists()).toBe(true);
    expect(alert.text()).toContain('The email or password is not correct.');
    expect((wrapper.find('input[type="password"]').element as HTMLInputElement).value).toBe('');
    expect(router.currentRoute.value.path).toBe('/login');
  });

  it('announces the error in the language the person chose', async () => {
    await setLocale('sq');
    answer({ data: null, errors: [{ message: 'x', extensions: { code: 'INVALID_CREDENTIALS' } }] });
    const { wrapper } = await renderLogin();
    await signIn(wrapper);
    expect(wrapper.find('[role="alert"]').text()).toContain('Email-i ose fjalëkalimi nuk është i saktë.');
  });

  it('after signing in, goes back to the page the person asked for', async () => {
    answer({ data: { login: ana } });
    const { wrapper, router } = await renderLogin('/login?redirect=/admin/people');
    await signIn(wrapper);
    expect(router.currentRoute.value.fullPath).toBe('/admin/people');
  });

  it('never follows a redirect to another site', async () => {
    answer({ data: { login: ana } });
    const { wrapper, router } = await renderLogin('/login?redirect=//evil.example/phish');
    await signIn(wrapper);
    expect(router.currentRoute.value.fullPath).toBe('/');
  });
});
