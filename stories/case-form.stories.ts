import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/case-form/register.js';
import { COMMUNITY_API, installCommunityFixtures } from './fixtures/community.js';
import { darkPage, widePage } from './support/frames.js';

installCommunityFixtures();

interface Args {
  api: string;
  headingLevel: number;
}

const render = (args: Args) => html`<ck-case-form api=${args.api} heading-level=${args.headingLevel}></ck-case-form>`;

const meta: Meta<Args> = {
  title: 'Elements/ck-case-form',
  component: 'ck-case-form',
  render,
  args: { api: COMMUNITY_API, headingLevel: 2 },
};
export default meta;

type Story = StoryObj<Args>;

/** "Tilføj en case fra din kommune": the fields of a case in sections, with the contact person. */
export const Default: Story = {};

/** "Send casen" with required fields empty and formats wrong: messages at the fields, focus on the first. */
export const Invalid: Story = {
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector('ck-case-form')!;
    await form.updateComplete;
    const email = form.shadowRoot!.querySelector<HTMLInputElement>('#f-contacts-0-email')!;
    email.value = 'maria@';
    email.dispatchEvent(new Event('input'));
    form.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
  },
};

/** After sending: "Tak! Din case er modtaget og afventer godkendelse". */
export const Received: Story = {
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector('ck-case-form')!;
    await form.updateComplete;
    const fill = (id: string, value: string) => {
      const input = form.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    fill('f-title', 'Walk and talk i Vejle');
    fill('f-municipalities', 'Vejle');
    fill('f-contacts-0-name', 'Sara Holm');
    form.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
  },
};

export const English: Story = { render: (args) => html`<div lang="en">${render(args)}</div>` };

export const Themed: Story = {
  render: (args) => html`<div style="--ck-color-accent: #1d5e20; --ck-case-form-section-gap: 2.5rem; --ck-radius: 0; font-family: Georgia, serif">
    ${render(args)}
  </div>`,
};

export const Narrow: Story = { render: (args) => html`<div style="width: 320px">${render(args)}</div>` };

/** A dark site, themed only through the `--ck-*` tokens. */
export const Dark: Story = { render: (args) => darkPage(render(args)) };

/** On a wide desktop page (1280 px). */
export const Wide: Story = { render: (args) => widePage(render(args)) };
