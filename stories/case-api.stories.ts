import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/case-api/register.js';
import '../src/elements/case-card/register.js';
import '../src/elements/contact-box/register.js';
import { FIXTURE_API, installFixtureApi } from './fixtures/fixture-api.js';

installFixtureApi();

const meta: Meta<{ baseUrl: string; lang: string }> = {
  title: 'Elements/ck-case-api',
  component: 'ck-case-api',
  args: { baseUrl: FIXTURE_API, lang: 'da' },
  render: (args) => html`<ck-case-api base-url=${args.baseUrl} lang=${args.lang}>
    <div style="display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr))">
      <ck-case-card case-id="faellesskabsportraetter-holstebro"></ck-case-card>
      <ck-contact-box case-id="faellesskabsportraetter-holstebro"></ck-contact-box>
      <ck-case-card case-id="plads-til-naervaer-og-hjerte" compact></ck-case-card>
    </div>
  </ck-case-api>`,
};
export default meta;

/** One provider, three widgets: they share its API address and cache (one request per case). */
export const Provider: StoryObj = {};

/** `lang="en"` on the provider switches every widget inside. */
export const EnglishProvider: StoryObj = { args: { lang: 'en' } };
