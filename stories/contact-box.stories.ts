import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/contact-box/register.js';
import type { Contact } from '../src/elements/contact-box/contact.js';
import { darkPage, widePage } from './support/frames.js';

interface Args {
  name?: string;
  jobTitle?: string;
  department?: string;
  organisation?: string;
  phone?: string;
  email?: string;
  headingLevel: number;
  contacts: Contact[];
}

const render = (args: Args) => html`<ck-contact-box
  name=${args.name ?? ''}
  job-title=${args.jobTitle ?? ''}
  department=${args.department ?? ''}
  organisation=${args.organisation ?? ''}
  phone=${args.phone ?? ''}
  email=${args.email ?? ''}
  heading-level=${args.headingLevel}
  .contacts=${args.contacts}
></ck-contact-box>`;

const meta: Meta<Args> = {
  title: 'Elements/ck-contact-box',
  component: 'ck-contact-box',
  render,
  args: {
    name: 'Maria Bisgaard Fabricius',
    jobTitle: 'Konsulent',
    department: 'Socialafdelingen',
    organisation: 'Holstebro Kommune',
    phone: '96114122',
    email: 'maria.bisgaard.fabricius@holstebro.dk',
    headingLevel: 2,
    contacts: [],
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The Holstebro case's contact, from attributes alone. */
export const Default: Story = {};

/** Two people from the `contacts` property (the abstract from Roskilde and Køge). */
export const SeveralContacts: Story = {
  args: {
    contacts: [
      { name: 'Tine Gomard', department: 'Sundheds- og Omsorgscenter Midt', organisation: 'Roskilde Kommune', email: 'tinego@roskilde.dk' },
      { name: 'Jens Kristoffersen', department: 'Social- og Sundhedsafdelingen', organisation: 'Køge Kommune', email: 'jens.kristoffersen@koege.dk' },
    ],
  },
};

/** Only what the news article carries: name, title, organisation and phone. */
export const MissingFields: Story = {
  args: {
    name: 'Charlotte Iisager Petersen',
    jobTitle: 'Sekretariatschef',
    department: undefined,
    organisation: 'Sund By Netværket',
    phone: '+4524804503',
    email: undefined,
  },
};

/** `lang="en"` on an ancestor switches the text to English. */
export const English: Story = {
  render: (args) => html`<div lang="en">${render(args)}</div>`,
};

/** A municipality's brand through `--ck-*` custom properties. */
export const Themed: Story = {
  render: (args) => html`<div
    style="--ck-contact-box-background: #f3f7f2; --ck-contact-box-border: 2px solid #2e6b30; --ck-color-accent: #1d5e20; --ck-radius: 0; font-family: Georgia, serif"
  >
    ${render(args)}
  </div>`,
};


/** At 320 px, long e-mail addresses wrap instead of overflowing. */
export const Narrow: Story = {
  render: (args) => html`<div style="width: 320px">${render(args)}</div>`,
};

/** A dark site, themed only through the `--ck-*` tokens. */
export const Dark: Story = { render: (args) => darkPage(render(args)) };

/** On a wide desktop page (1280 px). */
export const Wide: Story = { render: (args) => widePage(render(args)) };
