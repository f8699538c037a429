// SPDX-License-Identifier: EUPL-1.2
/**
 * Signing in through the organisation's own OpenID provider (issue 17, ADR 0021): a real provider
 * (oidc-provider) runs on localhost for this flow only. Tilburg's admin sets it up on the Beheer
 * screen; Bram Mulder, professional in Tilburg, signs in on the provider's own login and consent
 * pages, lands in Maatwerk as himself, and logs out of both (single logout). Someone the provider
 * knows but Maatwerk does not ends on the login page with the reason.
 */
import assert from 'node:assert/strict';
import { checkPage, screenshot } from './harness';
import { startTestProvider } from './oidc-provider';
import { alertWith, assertNoSidewaysScroll, hasText, type Flow } from './steps';
import { login } from './harness';

const CLIENT_ID = 'maatwerk-tilburg';
const CLIENT_SECRET = 'tilburg-e2e-clientgeheim-0123456789abcdef';

export const FLOWS: Array<[string, Flow]> = [
  [
    'Inlogdienst: de beheerder van Tilburg stelt OpenID Connect in; Bram logt in via de inlogdienst, komt in Maatwerk en logt overal uit',
    async ({ app, open }) => {
      const op = await startTestProvider([{ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, redirectUri: `${app.url}/api/v1/auth/oidc/callback`, postLogoutRedirectUri: `${app.url}/inloggen?uitgelogd=1` }]);
      try {
        // Tilburg's admin sets up the provider on the Beheer screen (the API's admin path).
        const admin = await open('beheer-tilburg');
        await admin.page.goto('/beheer/organisaties');
        const form = admin.page.getByRole('form', { name: 'Inlogdienst instellen' });
        await form.getByLabel('Naam op de inlogknop').fill('Tilburg Account');
        await form.getByLabel('Issuer-adres').fill(op.issuer);
        await form.getByLabel('Client-id').fill(CLIENT_ID);
        await form.getByLabel('Clientgeheim').fill(CLIENT_SECRET);
        assert.equal(await form.getByLabel('Redirect-URI').inputValue(), `${app.url}/api/v1/auth/oidc/callback`);
        await form.getByRole('button', { name: 'Inlogdienst opslaan' }).click();
        await hasText(admin.page.getByRole('status'), 'op de inlogpagina staat nu "Inloggen via Tilburg Account"');
        await hasText(admin.page.getByRole('main'), 'opgeslagen (wordt nooit getoond)');
        assert.ok(!((await admin.page.content()).includes(CLIENT_SECRET)), 'het clientgeheim staat niet op de pagina');
        await checkPage(admin.page, 'inlogdienst-beheer');
        await admin.context.close();

        // Bram, on a phone: the login page offers Tilburg's provider.
        const { page, context } = await open();
        await page.setViewportSize({ width: 375, height: 800 });
        const button = page.getByRole('link', { name: 'Inloggen via Tilburg Account' });
        await button.waitFor();
        await assertNoSidewaysScroll(page, 'De inlogpagina met de inlogdienst');
        await checkPage(page, 'inlogdienst-inlogpagina');
        await button.click();

        // The provider's own login and consent pages.
        await page.waitForURL((u) => u.href.startsWith(op.issuer));
        await page.locator('input[name="login"]').fill('bram.mulder');
        await page.locator('input[name="password"]').fill('wat-de-inlogdienst-ook-vraagt');
        await screenshot(page, 'inlogdienst-provider-inloggen');
        await page.getByRole('button', { name: 'Sign-in' }).click();
        await page.getByRole('button', { name: 'Continue' }).click();

        // Back in Maatwerk as Bram, with his own cases.
        await page.getByRole('button', { name: 'Uitloggen' }).waitFor();
        await hasText(page.getByRole('banner'), 'Bram Mulder');
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        assert.equal(new URL(page.url()).pathname, '/casussen');
        const me = await page.request.get('/api/v1/auth/me');
        assert.equal(me.status(), 200);
        const body = (await me.json()) as { user: { username: string; roles: string[] }; organisation: { name: string } };
        assert.deepEqual([body.user.username, body.user.roles, body.organisation.name], ['bram', ['professional'], 'Gemeente Tilburg']);
        await assertNoSidewaysScroll(page, 'Mijn casussen na inloggen via de inlogdienst');
        await checkPage(page, 'inlogdienst-ingelogd');

        // Logging out ends the session here and, with single logout, at the provider.
        await page.getByRole('button', { name: 'Uitloggen' }).click();
        await page.waitForURL((u) => u.href.startsWith(op.issuer));
        await screenshot(page, 'inlogdienst-provider-uitloggen');
        await page.getByRole('button', { name: 'Yes, sign me out' }).click();
        await page.waitForURL((u) => u.pathname === '/inloggen');
        await hasText(page.getByRole('status'), 'U bent uitgelogd, ook bij de inlogdienst van uw organisatie.');
        assert.equal((await page.request.get('/api/v1/auth/me')).status(), 401);
        await checkPage(page, 'inlogdienst-uitgelogd');
        // The local login still works next to the provider.
        await login(page, 'bram');
        await context.close();

        // Someone the provider knows but Maatwerk does not: back on the login page with the reason.
        const stranger = await open();
        await stranger.page.getByRole('link', { name: 'Inloggen via Tilburg Account' }).click();
        await stranger.page.locator('input[name="login"]').fill('onbekende.collega');
        await stranger.page.locator('input[name="password"]').fill('wat-de-inlogdienst-ook-vraagt');
        await stranger.page.getByRole('button', { name: 'Sign-in' }).click();
        await stranger.page.getByRole('button', { name: 'Continue' }).click();
        await alertWith(stranger.page, 'Maatwerk kent geen account dat daarbij hoort. Vraag uw beheerder om een account.');
        await stranger.page.getByLabel('Gebruikersnaam').waitFor();
        await checkPage(stranger.page, 'inlogdienst-onbekend');
        await stranger.context.close();
      } finally {
        await op.stop();
      }
    },
  ],
];
