import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/case-list/register.js';
import { ERROR_API, FIXTURE_API, installFixtureApi, LOADING_API } from './fixtures/fixture-api.js';
import { darkPage, widePage } from './support/frames.js';

installFixtureApi();

interface Args {
  api: string;
  municipality?: string;
  theme?: string;
  pageSize: number;
  hideFilters: boolean;
  hrefTemplate: string;
}

const render = (args: Args) => html`<ck-case-list
  api=${args.api}
  municipality=${args.municipality ?? ''}
  theme=${args.theme ?? ''}
  page-size=${args.pageSize}
  ?hide-filters=${args.hideFilters}
  href-template=${args.hrefTemplate}
></ck-case-list>`;

const meta: Meta<Args> = {
  title: 'Elements/ck-case-list',
  component: 'ck-case-list',
  render,
  args: { api: FIXTURE_API, pageSize: 6, hideFilters: false, hrefTemplate: '/cases/{id}' },
};
export default meta;

type Story = StoryObj<Args>;

/** Every case (recorded fixtures: 30 cases), with search, facets and paging. The state goes into the URL (`ck-…`). */
export const Default: Story = {};

/** An editor's preset: only Holstebro's cases; the municipality filter is locked and not shown. */
export const PresetMunicipality: Story = { args: { municipality: 'Holstebro' } };

/** A theme page: `theme="Ensomhed"`, without the filter panel. */
export const ThemeWithoutFilters: Story = { args: { theme: 'Ensomhed', hideFilters: true } };

/** Many facet values (a page size of 30 shows every fixture case). */
export const ManyFacets: Story = { args: { pageSize: 30 } };

/** Nothing matches. */
export const Empty: Story = { args: { theme: 'Et tema uden cases' } };

/** While the first results load: placeholder cards hold the space. */
export const Loading: Story = { args: { api: LOADING_API } };

/** The server answered with an error. */
export const Error: Story = { args: { api: ERROR_API } };

/** `lang="en"`. */
export const English: Story = { render: (args) => html`<div lang="en">${render(args)}</div>` };

/** A dark theme through `--ck-*` properties. */
export const Themed: Story = {
  render: (args) => html`<div
    style="background: #15191d; color: #eef1f4; padding: 1rem; --ck-color-accent: #9ccbff; --ck-color-accent-contrast: #15191d; --ck-color-border: #55606b; --ck-color-surface: #1f252b; --ck-color-surface-alt: #2a323a; --ck-color-border-strong: #8a96a3"
  >
    ${render(args)}
  </div>`,
};

/** At 320 px: filters above the results, one card per row. */
export const Narrow: Story = { render: (args) => html`<div style="width: 320px">${render(args)}</div>` };

/** A dark site, themed only through the `--ck-*` tokens. */
export const Dark: Story = { render: (args) => darkPage(render(args)) };

/** On a wide desktop page (1280 px). */
export const Wide: Story = { render: (args) => widePage(render(args)) };
