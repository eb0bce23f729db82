import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/case-detail/register.js';
import { ERROR_API, FIXTURE_API, installFixtureApi, LOADING_API } from './fixtures/fixture-api.js';
import { darkPage, widePage } from './support/frames.js';

installFixtureApi();

interface Args {
  caseId?: string;
  api: string;
  headingLevel: number;
  hrefTemplate: string;
}

const render = (args: Args) => html`<ck-case-detail
  case-id=${args.caseId ?? ''}
  api=${args.api}
  heading-level=${args.headingLevel}
  href-template=${args.hrefTemplate}
></ck-case-detail>`;

const meta: Meta<Args> = {
  title: 'Elements/ck-case-detail',
  component: 'ck-case-detail',
  render,
  args: { caseId: 'faellesskabsportraetter-holstebro', api: FIXTURE_API, headingLevel: 2, hrefTemplate: '/cases/{id}' },
};
export default meta;

type Story = StoryObj<Args>;

/** The Holstebro case page (seed 004) in full; the empty "Projekt periode" is left out. Related cases are added in the fixture. */
export const Holstebro: Story = {};

/** A practice abstract (seed 003): background, activities, results, process, a material link, two contacts. */
export const PracticeAbstract: Story = { args: { caseId: 'beboerdrevet-sundhedsfremme-koege-roskilde' } };

/** An article (seed 001) with a long quote. */
export const ArticleWithQuote: Story = { args: { caseId: 'fremtidens-partnerskaber' } };

/** While loading: the space is held. */
export const Loading: Story = { args: { api: LOADING_API } };

/** The server answered with an error. */
export const Error: Story = { args: { api: ERROR_API } };

/** An unknown case id: "not found" in plain Danish. */
export const NotFound: Story = { args: { caseId: 'findes-ikke' } };

/** No case chosen (no `case-id`, no `?ck-case=`). */
export const Empty: Story = { args: { caseId: undefined } };

/** `lang="en"`. */
export const English: Story = { render: (args) => html`<div lang="en">${render(args)}</div>` };

/** A municipality's brand. */
export const Themed: Story = {
  render: (args) => html`<div
    style="--ck-color-accent: #7a1f3d; --ck-case-detail-title-size: 2.25em; --ck-radius: 12px; font-family: Georgia, serif"
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
