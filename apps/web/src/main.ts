import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { onApiError } from './composables/useGraphql';
import { adoptProfileLocale } from './composables/useLocale';
import { i18n, initialLocale, setLocale } from './i18n';
import { createAppRouter } from './router';
import { useSessionStore } from './stores/session';
import './styles.css';

async function start(): Promise<void> {
  const app = createApp(App);
  const pinia = createPinia();
  const router = createAppRouter();
  app.use(pinia).use(i18n).use(router);

  // A session that ends on the server (expiry, sign-out elsewhere) sends the person back to sign-in.
  const session = useSessionStore(pinia);
  onApiError((error) => {
    if (error.code !== 'UNAUTHENTICATED' || !session.isSignedIn) return;
    session.clear();
    const current = router.currentRoute.value;
    if (!current.meta.public) void router.replace({ name: 'login', query: { redirect: current.fullPath } });
  });

  // Ask who is signed in while the messages load: one round trip fewer on a slow network.
  await Promise.all([setLocale(initialLocale()), session.load()]);
  if (session.me) await adoptProfileLocale(session.me, i18n.global.locale.value);
  app.mount('#app');
}

void start();
