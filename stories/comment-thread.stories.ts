import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/elements/comment-thread/register.js';
import type { CkCommentThread } from '../src/elements/comment-thread/comment-thread.js';
import { darkPage, widePage } from './support/frames.js';
import {
  COMMUNITY_API,
  EMPTY_CASE,
  ERROR_API,
  LOADING_API,
  LONG_THREAD_CASE,
  PENDING_CASE,
  THREAD_CASE,
  installCommunityFixtures,
} from './fixtures/community.js';

installCommunityFixtures();

interface Args {
  caseId: string;
  api: string;
  section?: string;
  pageSize: number;
  noFollow: boolean;
}

const render = (args: Args) => html`<ck-comment-thread
  case-id=${args.caseId}
  api=${args.api}
  section=${args.section ?? nothing}
  page-size=${args.pageSize}
  ?no-follow=${args.noFollow}
></ck-comment-thread>`;

const meta: Meta<Args> = {
  title: 'Elements/ck-comment-thread',
  component: 'ck-comment-thread',
  render,
  args: { caseId: THREAD_CASE, api: COMMUNITY_API, pageSize: 10, noFollow: false },
};
export default meta;

type Story = StoryObj<Args>;

/** Comments and a reply, a link in a comment, feedback on a section, the form and "Følg denne case". */
export const Default: Story = {};

export const EmptyThread: Story = { args: { caseId: EMPTY_CASE } };

/** Fourteen comments, some with replies: "Vis flere kommentarer" after ten. */
export const LongThread: Story = { args: { caseId: LONG_THREAD_CASE } };

/** The author sees their own comment while it awaits a moderator. */
export const PendingNote: Story = { args: { caseId: PENDING_CASE } };

/** The feedback on one section ("Virkning"), as `ck-case-detail` shows it beside the section. */
export const SectionFeedback: Story = { args: { section: 'virkning', noFollow: true } };

/** "Giv feedback" on a section opened the form bound to it. */
export const FeedbackFormOpen: Story = {
  play: async ({ canvasElement }) => {
    const thread = canvasElement.querySelector<CkCommentThread>('ck-comment-thread')!;
    await thread.updateComplete;
    await thread.openFeedback('formaal');
  },
};

/** The follow form open. */
export const Follow: Story = {
  play: async ({ canvasElement }) => {
    const thread = canvasElement.querySelector<CkCommentThread>('ck-comment-thread')!;
    await thread.updateComplete;
    thread.shadowRoot!.querySelector<HTMLButtonElement>('[part="follow-button"]')!.click();
  },
};

/** The form after "Send kommentar" with nothing filled in. */
export const InvalidForm: Story = {
  args: { caseId: EMPTY_CASE },
  play: async ({ canvasElement }) => {
    const thread = canvasElement.querySelector<CkCommentThread>('ck-comment-thread')!;
    await new Promise((resolve) => setTimeout(resolve, 50));
    thread.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
  },
};

export const Loading: Story = { args: { api: LOADING_API } };

export const Error: Story = { args: { api: ERROR_API } };

export const English: Story = { render: (args) => html`<div lang="en">${render(args)}</div>` };

export const Themed: Story = {
  render: (args) => html`<div
    style="--ck-color-accent: #1d5e20; --ck-comment-thread-comment-background: #f3f7f2; --ck-comment-thread-reply-indent: 2.5rem; --ck-radius: 0; font-family: Georgia, serif"
  >
    ${render(args)}
  </div>`,
};

export const Narrow: Story = { render: (args) => html`<div style="width: 320px">${render(args)}</div>` };

/** A dark site, themed only through the `--ck-*` tokens. */
export const Dark: Story = { render: (args) => darkPage(render(args)) };

/** On a wide desktop page (1280 px). */
export const Wide: Story = { render: (args) => widePage(render(args)) };
