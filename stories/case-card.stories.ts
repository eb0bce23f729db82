import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/case-card/register.js';
import type { CaseSummary } from '../src/api/types.js';
import { ERROR_API, FIXTURE_API, fixtureCases, installFixtureApi, LOADING_API, summaryOf } from './fixtures/fixture-api.js';
import { darkPage, widePage } from './support/frames.js';

installFixtureApi();

interface Args {
  caseId?: string;
  api: string;
  hrefTemplate: string;
  headingLevel: number;
  compact: boolean;
  data?: CaseSummary;
}

const render = (args: Args) => html`<ck-case-card
  case-id=${args.caseId ?? ''}
  api=${args.api}
  href-template=${args.hrefTemplate}
  heading-level=${args.headingLevel}
  ?compact=${args.compact}
  .data=${args.data}
></ck-case-card>`;

const meta: Meta<Args> = {
  title: 'Elements/ck-case-card',
  component: 'ck-case-card',
  render,
  args: {
    caseId: 'faellesskabsportraetter-holstebro',
    api: FIXTURE_API,
    hrefTemplate: '/cases/{id}',
    headingLevel: 3,
    compact: false,
  },
  decorators: [(story) => html`<div style="max-width: 24rem">${story()}</div>`],
};
export default meta;

type Story = StoryObj<Args>;

/** The Holstebro case, loaded by `case-id` (from recorded API fixtures). */
export const Default: Story = {};

/** A practice abstract from two municipalities, with its own keywords. */
export const Abstract: Story = { args: { caseId: 'beboerdrevet-sundhedsfremme-koege-roskilde' } };

/** From the `data` property: no request at all. */
export const FromData: Story = { args: { caseId: undefined, data: summaryOf(fixtureCases[5]!) } };

/** The compact variant: title, municipality, type and economy. */
export const Compact: Story = { args: { compact: true } };

/** While loading: the card keeps its final size. */
export const Loading: Story = { args: { api: LOADING_API } };

/** The server answered with an error: plain Danish and "Prøv igen". */
export const Error: Story = { args: { api: ERROR_API } };

/** No `case-id` and no `data`. */
export const Empty: Story = { args: { caseId: undefined } };

/** Long Danish words and many themes wrap inside the card. */
export const LongDanishText: Story = {
  args: {
    caseId: undefined,
    data: {
      ...summaryOf(fixtureCases[1]!),
      municipalities: ['Lyngby-Taarbæk', 'Ringkøbing-Skjern', 'Faaborg-Midtfyn'],
      themes: ['Sundhedsfremme gennem partnerskaber', 'Ulighed i sundhed', 'Mental sundhed', 'Fællesskaber', 'Frivillighed', 'Samskabelse'],
      targetGroups: ['Borgere med psykisk sårbarhed og samtidig misbrugsproblematik'],
      viewCount: 123456,
    },
  },
};

/** `lang="en"` on an ancestor: English labels, amounts in DKK. */
export const English: Story = { render: (args) => html`<div lang="en">${render(args)}</div>` };

/** A municipality's brand through `--ck-*` properties. */
export const Themed: Story = {
  render: (args) => html`<div
    style="--ck-case-card-background: #f3f7f2; --ck-case-card-border: 2px solid #2e6b30; --ck-color-accent: #1d5e20; --ck-radius: 0; font-family: Georgia, serif"
  >
    ${render(args)}
  </div>`,
};

/** At 320 px. */
export const Narrow: Story = { render: (args) => html`<div style="width: 320px">${render(args)}</div>` };

/** A dark site, themed only through the `--ck-*` tokens. */
export const Dark: Story = { render: (args) => darkPage(render(args)) };

/** On a wide desktop page (1280 px). */
export const Wide: Story = { render: (args) => widePage(render(args)) };
