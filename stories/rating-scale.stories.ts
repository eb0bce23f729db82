import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/elements/rating-scale/register.js';
import { COMMUNITY_API, ERROR_API, LOADING_API, THREAD_CASE, installCommunityFixtures } from './fixtures/community.js';
import { darkPage, widePage } from './support/frames.js';

installCommunityFixtures();

interface Args {
  label: string;
  description: string;
  name: string;
  value: string;
  required: boolean;
  disabled: boolean;
  readonly: boolean;
  ownerAnswer?: number;
  distribution?: number[];
  caseId?: string;
  question?: 'formaal' | 'implementering';
  api?: string;
}

const render = (args: Args) => html`<ck-rating-scale
  label=${args.label}
  description=${args.description || nothing}
  name=${args.name}
  value=${args.value}
  ?required=${args.required}
  ?disabled=${args.disabled}
  ?readonly=${args.readonly}
  owner-answer=${args.ownerAnswer ?? nothing}
  .distribution=${args.distribution}
  case-id=${args.caseId ?? nothing}
  question=${args.question ?? nothing}
  api=${args.api ?? nothing}
></ck-rating-scale>`;

const meta: Meta<Args> = {
  title: 'Elements/ck-rating-scale',
  component: 'ck-rating-scale',
  render,
  args: { label: 'Er formålet opfyldt?', description: '', name: 'formaal', value: '', required: false, disabled: false, readonly: false },
};
export default meta;

type Story = StoryObj<Args>;

/** The input: a radio group with one tab stop (arrows move and select). */
export const Default: Story = {};

/** With a default answer and a help text. */
export const WithValue: Story = { args: { value: '3', description: 'Svar ud fra jeres egen vurdering.' } };

/** Read-only: the owner's answer highlighted and the readers' distribution as bars with counts. */
export const ReadOnly: Story = { args: { readonly: true, ownerAnswer: 4, distribution: [0, 1, 3, 5] } };

/** Inside a plain `<form>`: the value is submitted as `formaal`, reset restores the default. */
export const InAForm: Story = {
  render: (args) => html`<form
    @submit=${(e: SubmitEvent) => {
      e.preventDefault();
      const form = e.target as HTMLFormElement;
      form.querySelector('output')!.textContent = JSON.stringify(Object.fromEntries(new FormData(form)));
    }}
  >
    ${render({ ...args, required: true })}
    <p><button>Send</button> <button type="reset">Nulstil</button></p>
    <p>FormData: <output>–</output></p>
  </form>`,
  args: { value: '2' },
};

/** Required and not answered after a submit: "Vælg et svar" at the field. */
export const Invalid: Story = {
  render: (args) => html`<form @submit=${(e: Event) => e.preventDefault()}>${render(args)}<p><button>Send</button></p></form>`,
  args: { required: true },
  play: async ({ canvasElement }) => {
    const scale = canvasElement.querySelector('ck-rating-scale')!;
    await scale.updateComplete;
    scale.dispatchEvent(new Event('invalid'));
  },
};

export const Disabled: Story = { args: { disabled: true, value: '2' } };

/** Bound to a case: the owner's answer, the readers' votes, and the reader's own vote. */
export const BoundToACase: Story = { args: { label: '', caseId: THREAD_CASE, question: 'formaal', api: COMMUNITY_API } };

export const BoundReadOnly: Story = { args: { label: '', caseId: THREAD_CASE, question: 'implementering', api: COMMUNITY_API, readonly: true } };

export const Loading: Story = { args: { caseId: THREAD_CASE, question: 'formaal', api: LOADING_API } };

export const Error: Story = { args: { caseId: THREAD_CASE, question: 'formaal', api: ERROR_API } };

export const English: Story = {
  render: (args) => html`<div lang="en">${render(args)}</div>`,
  args: { label: 'Has the purpose been achieved?', readonly: true, ownerAnswer: 3, distribution: [1, 0, 4, 2] },
};

export const Themed: Story = {
  render: (args) => html`<div style="--ck-color-accent: #1d5e20; --ck-rating-scale-bar-color: #4f8a3c; --ck-radius: 0; font-family: Georgia, serif">
    ${render(args)} ${render({ ...args, readonly: true, ownerAnswer: 4, distribution: [0, 1, 3, 5] })}
  </div>`,
  args: { value: '4' },
};

export const Narrow: Story = {
  render: (args) => html`<div style="width: 300px">${render(args)} ${render({ ...args, readonly: true, ownerAnswer: 2, distribution: [2, 5, 1, 0] })}</div>`,
};

/** A dark site, themed only through the `--ck-*` tokens. */
export const Dark: Story = { render: (args) => darkPage(render(args)) };

/** On a wide desktop page (1280 px). */
export const Wide: Story = { render: (args) => widePage(render(args)) };
