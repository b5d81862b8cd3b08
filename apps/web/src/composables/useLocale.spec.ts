import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n, setLocale } from '../i18n';
import type { Me } from '../stores/session';
import { adoptProfileLocale } from './useLocale';

const milica: Me = {
  id: 'u1',
  email: 'hr.admin@example.org',
  displayName: 'Milica',
  locale: 'cnr',
  timeZone: 'Europe/Podgorica',
  status: 'ACTIVE',
  institution: { id: 'i1', name: 'Ministry of Defence', shortName: 'MoD' },
  roles: [],
};

describe('the language after sign-in', () => {
  beforeEach(async () => {
    setActivePinia(createPinia());
    localStorage.clear();
    await setLocale('en');
  });

  it('stays in the language the browser asks for, whatever the profile says', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-US']);
    await adoptProfileLocale(milica, 'en');
    expect(i18n.global.locale.value).toBe('en');
  });

  it("takes the profile's language on a device that asks for none of ours", async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['de-DE']);
    await adoptProfileLocale(milica, 'en');
    expect(i18n.global.locale.value).toBe('cnr');
  });
});
