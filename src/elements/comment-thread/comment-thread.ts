import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { CASE_SECTIONS, COMMENT_SORTS } from '../../../contract/index.js';
import { headingLevelCheck, oneOf, wholeNumber, type AttributeCheck } from '../../internal/diagnostics.js';
import { ApiController } from '../../api/api-controller.js';
import { fetchComments } from '../../api/community.js';
import { ApiError, isAbortError } from '../../api/error.js';
import { renderCodeMissing, renderLoadError } from '../../api/load-error.js';
import { loadStateStyles, renderLoading, Reservation, reserveStyles } from '../../api/load-state.js';
import type { CaseSection, Comment, CommentList, CommentPostResponse } from '../../api/types.js';
import { CkElement } from '../../internal/ck-element.js';
import { authorTokens } from '../../internal/device-storage.js';
import { reportLoadFailure } from '../../internal/diagnostics.js';
import { formFieldStyles } from '../../internal/form-field.styles.js';
import { clampHeadingLevel, heading } from '../../internal/heading.js';
import { neutraliseBidi } from '../../internal/bidi.js';
import { whenNear } from '../../internal/near-view.js';
import { linkifiedText } from '../../internal/linkify.js';
import type { Lang } from '../../i18n/localize.js';
import { FormatController } from '../../i18n/formatting.js';
import { baseStyles } from '../../styles/base.styles.js';
import type { CommentForm } from './comment-form.js';
import { commentThreadStyles } from './comment-thread.styles.js';
import { commentThreadTerms } from './comment-thread.terms.js';
import type { FollowForm } from './follow-form.js';
import { renderFollowButton, renderFollowStatus } from './follow-button.js';

/**
 * The comment form's code (and its fields'), apart from the thread's: a case page shows a thread
 * beside every section, and its discussion at the very end, and most readers never write. A
 * thread on the page itself waits for it before it first renders (the loader fetches it with the
 * thread's code); one inside a case loads it when the reader nears it or asks to write.
 */
let Form: typeof CommentForm | undefined;
let formCode: Promise<void> | undefined;
/** The last fetch of the form's code failed: every thread says so where its form stands, with "Prøv igen". */
let formMissing = false;
/** Every thread on the page shows how the fetch ended, however the code was asked for (nearing, a click, a case). */
const formCodeSettled = (missing: boolean): void => {
  formMissing = missing;
  for (const thread of threads) thread.requestUpdate();
};
export const loadCommentForm = (): Promise<void> =>
  (formCode ??= import('./comment-form.js').then(
    (code) => {
      Form = code.CommentForm;
      formCodeSettled(false);
    },
    (error: unknown) => {
      formCode = undefined;
      formCodeSettled(true);
      throw error;
    },
  ));

/** Resolves once the form's code is here: false when it could not be fetched, which the console says too. */
export const commentFormReady = (): Promise<boolean> =>
  loadCommentForm().then(
    () => true,
    (error: unknown) => {
      console.error('Casekit: the comment form could not be loaded.', error);
      return false;
    },
  );

/** Deeper than any thread the reference server stores (6 levels): a bound against another API's data. */
const MAX_RENDER_DEPTH = 12;

/** Top-level comments a section's thread reads to find its feedback (the API's largest page). */
const SECTION_PAGE = 100;

/** Detail of `ck-comment-posted`. */
export interface CommentPostedDetail {
  caseId: string;
  comment: Comment;
  /** True when the comment is held for moderation (only its author sees it). */
  pending: boolean;
}

declare module '../../internal/ck-element.js' {
  interface CkEventMap {
    'ck-comment-posted': CommentPostedDetail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ck-comment-posted': CustomEvent<CommentPostedDetail>;
  }
}

/**
 * Every connected thread on the page. One failed load is shown once (by the
 * case's main thread) and its "Prøv igen" reloads every thread of that case.
 */
const threads = new Set<CkCommentThread>();

/**
 * The discussion of a case: the count, comments with their replies threaded,
 * author and relative time, newest or oldest first, "Vis flere", a guest
 * comment form (name, optional e-mail, text with a counter), replies, feedback
 * bound to a section of the case, and "Følg denne case".
 *
 * What a reader types is kept on the device as a draft until it is posted, so
 * a failed post or a reload loses nothing. Comments are shown as text: line
 * breaks kept, `http(s)` addresses linked, no HTML interpreted. A comment held
 * for moderation is shown to its author only, with "Din kommentar afventer
 * godkendelse".
 *
 * With `section`, the thread shows only the feedback on that section of the
 * case, and its form (opened by `openFeedback()`) is bound to it.
 *
 * @tagname ck-comment-thread
 * @summary Comments on a case: threaded, sorted, paged; post, reply, section feedback, follow.
 *
 * @fires ck-comment-posted - A comment was posted; `detail` holds `{ caseId, comment, pending }`.
 *
 * @csspart base - The wrapper around everything.
 * @csspart heading - The count heading ("3 kommentarer").
 * @csspart toolbar - Sort and follow.
 * @csspart sort - The sort select.
 * @csspart list - The list of comments.
 * @csspart comment - One comment; also `comment-pending` while it awaits approval.
 * @csspart author - The author's name.
 * @csspart time - The relative time.
 * @csspart section-tag - The section a comment is feedback on.
 * @csspart text - The comment's text.
 * @csspart pending - "Din kommentar afventer godkendelse".
 * @csspart reply-button - "Svar".
 * @csspart replies - The replies under a comment.
 * @csspart show-more - "Vis flere kommentarer".
 * @csspart show-more-replies - "Vis flere svar" under a comment with more replies than shown.
 * @csspart comment-form - A comment form.
 * @csspart field - A form field (label, input, messages).
 * @csspart input - A text input or textarea.
 * @csspart field-error - The message at a field.
 * @csspart form-error - The message of a failed post.
 * @csspart submit - "Send kommentar".
 * @csspart notice - The message after posting.
 * @csspart follow-button - "Følg denne case".
 * @csspart follow-form - The follow form.
 * @csspart follow-done - "Tjek din e-mail for at bekræfte".
 * @csspart empty - The empty state.
 * @csspart loading - The loading placeholder.
 * @csspart error - The error state.
 * @csspart retry - "Prøv igen".
 *
 * @cssprop --ck-comment-thread-reply-indent - Indent of replies (default 1.5rem).
 * @cssprop --ck-comment-thread-comment-background - Background of a comment (default: `--ck-color-surface`).
 * @cssprop --ck-comment-thread-pending-background - Background of a comment awaiting approval.
 */
export class CkCommentThread extends CkElement {
  static override styles = [baseStyles, loadStateStyles, reserveStyles('ck-comment-thread'), formFieldStyles, commentThreadStyles];

  /** Loads the comment form's code now (a case the server rendered is live at once). @internal */
  static readonly loadForm = commentFormReady;

  /** @internal */
  static override attributeChecks: Record<string, AttributeCheck> = {
    sort: oneOf(COMMENT_SORTS),
    section: oneOf(CASE_SECTIONS),
    'page-size': wholeNumber(1, 100),
    'heading-level': headingLevelCheck,
  };

  /** Lit's reactive properties, declared without decorators (esbuild's decorator calls cost bytes in every file). */
  static override properties: PropertyDeclarations = {
    caseId: { attribute: 'case-id' },
    section: {},
    api: {},
    pageSize: { attribute: 'page-size', type: Number },
    headingLevel: { attribute: 'heading-level', type: Number },
    noFollow: { attribute: 'no-follow', type: Boolean },
    sort: { reflect: true },
    list: { attribute: false, state: true },
    loadError: { attribute: false, state: true },
    pages: { attribute: false, state: true },
    replyTo: { attribute: false, state: true },
    feedbackSection: { attribute: false, state: true },
    followMissing: { attribute: false, state: true },
    notice: { attribute: false, state: true },
    moreReplies: { attribute: false, state: true },
  };

  /** The case whose discussion this is. */
  caseId = '';

  /** Only the feedback on this section of the case (e.g. `formaal`); the form is bound to it. */
  section?: CaseSection;

  /** The API base URL when not the page's or the provider's. */
  api?: string;

  /** Top-level comments per page ("Vis flere" adds as many again). */
  pageSize = 10;

  /** The heading level (1–6) that fits the page's outline. */
  headingLevel = 2;

  /** Leave out "Følg denne case". */
  noFollow = false;

  /** Newest or oldest first. */
  sort: 'newest' | 'oldest' = 'newest';

  private list?: CommentList;
  private loadError?: ApiError;
  private pages = 1;
  private replyTo?: string;
  private feedbackSection?: CaseSection;
  /** The follow form's code could not be fetched (said beside "Følg denne case"). */
  private followMissing = false;
  private notice = '';
  /** Replies loaded by "Vis flere svar", per comment, and whether there are more still. */
  private moreReplies = new Map<string, { items: Comment[]; more: boolean }>();

  private readonly localize = new FormatController(this, commentThreadTerms);
  private readonly apiController = new ApiController(this);
  private readonly forms = new Map<string, CommentForm>();
  /** Stops watching for the reader nearing a thread inside a case, whose form's code has not come yet. */
  private stopFormWatch?: () => void;
  /** The follow form, once the reader has asked for it (see `openFollow`). */
  private follow?: FollowForm;
  private readonly reservation = new Reservation(this);
  private loading?: AbortController;
  private focusAfterLoad?: string;
  /** After "Prøv igen": where focus goes once the comments are there (or back to the button if it failed again). */
  private focusAfterRetry = false;
  /** The "Giv feedback" button that opened this thread's feedback form; "Annullér" returns focus there. */
  private feedbackOpener?: HTMLElement;

  // For the thread's controllers and sub-forms (narrow hosts), not for pages.
  /** @internal */
  get client() {
    return this.apiController.client;
  }

  /** @internal */
  get uiLang(): Lang {
    return this.localize.lang;
  }

  /** @internal */
  get terms() {
    return this.localize.terms;
  }

  /**
   * Opens the feedback form bound to `section` (in a thread with `section`,
   * its own) and moves focus to its text field. `ck-case-detail` calls this
   * from each section's "Giv feedback".
   */
  async openFeedback(section: CaseSection | undefined = this.section, opener?: HTMLElement): Promise<void> {
    this.feedbackOpener = opener;
    this.feedbackSection = section;
    this.replyTo = undefined;
    if (!Form && !(await commentFormReady())) return this.focusFormMissing();
    this.requestUpdate();
    await this.updateComplete;
    const form = this.formFor(null, section ?? null);
    const field = this.renderRoot.querySelector<HTMLElement>(`#${form?.textareaId ?? ''}`);
    field?.scrollIntoView({ block: 'center' });
    field?.focus();
  }

  /** Loads the comments again (after a post, a sort, "Vis flere", or "Prøv igen"). */
  reload(): void {
    this.loading?.abort();
    if (!this.caseId) return;
    const controller = new AbortController();
    this.loading = controller;
    const pageSize = this.firstPageSize;
    this.loadError = undefined;
    const onNewer = () => this.reload(); // server-rendered comments from an old embed, newer on the server
    fetchComments(this.client, this.caseId, { sort: this.sort, page: 1, pageSize }, authorTokens(this.caseId), this.uiLang, controller.signal, onNewer).then(
      (list) => {
        if (controller.signal.aborted) return;
        this.list = list;
        this.loading = undefined;
      },
      (error: unknown) => {
        if (controller.signal.aborted || isAbortError(error)) return;
        this.loadError = error instanceof ApiError ? error : new ApiError('parse', String(error));
        this.loading = undefined;
        reportLoadFailure(this, this.client.baseUrl, this.loadError, this.caseId);
      },
    );
  }

  /**
   * How many top-level comments the first read asks for. Every thread of a case on the page reads
   * the same first page when it can, so the page asks the server once (the shared cache answers the
   * rest): a section's thread needs {@link SECTION_PAGE}, and the case's main thread takes the same
   * page when a section's thread of that case is on the page, and shows its first `pageSize` of it.
   */
  private get firstPageSize(): number {
    const own = Math.min(SECTION_PAGE, this.pageSize * this.pages);
    if (this.section) return SECTION_PAGE;
    for (const thread of threads) {
      if (thread.section && thread.caseId === this.caseId && thread.sort === this.sort && thread.client === this.client) return Math.max(own, SECTION_PAGE);
    }
    return own;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    threads.delete(this);
    this.loading?.abort();
    this.stopFormWatch?.();
    this.stopFormWatch = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    threads.add(this);
    if (this.hasUpdated && this.caseId) this.reload();
  }

  /** "Prøv igen": reloads every thread of this case on the page (the section threads failed silently with it). */
  private retryAll = (): void => {
    this.focusAfterRetry = true;
    for (const thread of threads) {
      if (thread !== this && thread.caseId === this.caseId && thread.client === this.client) thread.reload();
    }
    this.reload();
  };

  /** "Annullér" on a section's feedback form: closes it and gives focus back to the button that opened it. */
  private closeFeedback = async (): Promise<void> => {
    this.feedbackSection = undefined;
    await this.updateComplete;
    this.feedbackOpener?.focus();
    this.feedbackOpener = undefined;
  };

  /**
   * Beside a section of a case: nothing at all until there is feedback or the form is open. While
   * loading, or when loading failed, the case's main thread speaks for every thread (one message,
   * one retry). The server writes no shadow root for such a thread (its styles would be repeated
   * for every section of the case for nothing).
   * @internal
   */
  get showsNothing(): boolean {
    return Boolean(this.section && this.feedbackSection !== this.section && (!this.list || this.shownItems.length === 0));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('caseId') || changed.has('api') || changed.has('sort') || changed.has('section')) {
      if (changed.has('caseId') || changed.has('section')) {
        this.list = undefined;
        this.pages = 1;
        this.forms.clear();
      }
      this.moreReplies = new Map();
      this.reload();
    }
  }

  protected override async updated(): Promise<void> {
    if (this.focusAfterRetry && !this.loading) {
      this.focusAfterRetry = false;
      const target = this.list ? this.renderRoot.querySelector<HTMLElement>('[part="base"]') : this.renderRoot.querySelector<HTMLElement>('[part="retry"]');
      target?.focus();
    }
    if (this.focusAfterLoad && this.list) {
      const target = this.renderRoot.querySelector<HTMLElement>(`#c-${CSS.escape(this.focusAfterLoad)}`);
      if (target) {
        this.focusAfterLoad = undefined;
        target.focus();
      }
    }
  }

  /** The form for a parent (reply) or a section, created once, with its stored draft; none before its code is here. */
  private formFor(parentId: string | null, section: CaseSection | null): CommentForm | undefined {
    const key = `${parentId ?? '-'}:${section ?? '-'}`;
    let form = this.forms.get(key);
    if (!form && Form) {
      form = new Form(this, this.caseId, parentId, section);
      this.forms.set(key, form);
    }
    return form;
  }

  /**
   * A thread on the page itself renders first with its form (its code comes with the thread's, so
   * nothing under the form moves when it arrives); one inside another Casekit element (a case's
   * discussion) renders at once and gets the form's code a screen before the reader reaches it.
   */
  // eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- Lit's own signature
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (Form || this.section) return super.scheduleUpdate();
    const root = this.getRootNode();
    if (!(root instanceof ShadowRoot && root.host.localName.startsWith('ck-'))) return commentFormReady().then(() => super.scheduleUpdate());
    // Watched until the code comes; after a failed fetch, watched again from the next update.
    this.stopFormWatch ??= whenNear([this], () => {
      void commentFormReady().then((ready) => {
        if (!ready) this.stopFormWatch = undefined;
      });
    });
    return super.scheduleUpdate();
  }

  /** Called by a form once the server stored its comment. */
  commentPosted(form: CommentForm, response: CommentPostResponse): void {
    const pending = response.comment.status === 'pending';
    this.notice = pending ? this.terms.pendingPosted : this.terms.posted;
    if (form.parentId) this.replyTo = undefined;
    if (form.section && !this.section) this.feedbackSection = undefined;
    this.focusAfterLoad = response.comment.id;
    this.emit('ck-comment-posted', { caseId: this.caseId, comment: response.comment, pending });
    this.reload();
  }

  private get shownItems(): Comment[] {
    const items = this.list?.items ?? [];
    // The main thread may hold more than it shows (the first page it shares with the section threads).
    return this.section ? items.filter((c) => c.section === this.section) : items.slice(0, this.pageSize * this.pages);
  }

  private countOf(items: Comment[]): number {
    return items.reduce((sum, c) => sum + 1 + this.countOf(c.replies), 0);
  }

  override render() {
    const terms = this.terms;
    if (this.showsNothing) return html`<div part="base" class="root empty-section"></div>`;
    const level = clampHeadingLevel(this.headingLevel);
    const sectionName = this.section ? terms.sections[this.section] : '';
    const list = this.list;
    // No count before it is known: "0 kommentarer" over a failed load would be untrue.
    const title = this.section
      ? list
        ? terms.sectionCount(this.countOf(this.shownItems), sectionName)
        : terms.feedbackOn(sectionName)
      : list
        ? terms.count(list.total)
        : terms.heading;
    // The discussion is a landmark (a named region); a section's feedback sits under that section's
    // heading and is not one more.
    // The main thread's form comes before the comments: the list's height is unknown until it
    // arrives, so a form under it would jump down (CLS) just as the reader may be about to click
    // it, and would drift away with every "Vis flere". A section's form opens on request, after
    // the feedback it answers.
    const state = this.section ? 'idle' : this.loadError ? 'error' : list ? 'ready' : 'pending';
    return html`<section part="base" class=${this.reservation.classFor(state)} aria-labelledby=${this.section ? nothing : 'thread-heading'} tabindex="-1">
      ${heading(level, title, 'heading', 'thread-heading')}
      ${this.section ? nothing : this.renderToolbar()}
      <div role="status" class="notice-region">${this.notice ? html`<p part="notice" class="form-success">${this.notice}</p>` : nothing}</div>
      ${this.section ? nothing : this.renderMainForm()}
      ${this.renderBody()}
      ${this.section ? this.renderMainForm() : nothing}
    </section>`;
  }

  private renderToolbar() {
    const terms = this.terms;
    return html`<div part="toolbar" class="toolbar">
      <label class="sort">
        ${terms.sort}
        <select part="sort" .value=${this.sort} @change=${(e: Event) => (this.sort = (e.target as HTMLSelectElement).value as 'newest' | 'oldest')}>
          <option value="newest" ?selected=${this.sort === 'newest'}>${terms.newest}</option>
          <option value="oldest" ?selected=${this.sort === 'oldest'}>${terms.oldest}</option>
        </select>
      </label>
      ${this.noFollow
        ? nothing
        : html`<div class="follow">
            ${this.follow?.render() ??
            html`${renderFollowButton(terms.follow, false, this.openFollow)}${renderFollowStatus(false, this.followMissing ? terms.followMissing : undefined)}`}
          </div>`}
    </div>`;
  }

  /**
   * The follow form's code loads when a reader first asks to follow the case: most readers of a
   * thread never do. Code that cannot be fetched is said beside the button (and in the console);
   * pressing it again asks again.
   */
  private readonly openFollow = (): void => {
    import('./follow-form.js').then(
      ({ FollowForm }) => {
        this.followMissing = false;
        void (this.follow ??= new FollowForm(this)).toggle();
      },
      (error: unknown) => {
        console.error('Casekit: the follow form could not be loaded.', error);
        this.followMissing = true;
      },
    );
  };

  private renderBody() {
    const terms = this.terms;
    if (!this.list) {
      if (this.loadError) return renderLoadError(this.loadError, this.uiLang, terms.loadError, this.retryAll);
      return html`<div class="placeholder">${renderLoading(this.uiLang, 3)}</div>`;
    }
    const items = this.shownItems;
    const error = this.loadError ? renderLoadError(this.loadError, this.uiLang, terms.loadError, this.retryAll) : nothing;
    if (items.length === 0) {
      return html`${error}<p part="empty" class="empty">${this.section ? terms.sectionEmpty : terms.empty}</p>`;
    }
    const more = !this.section && items.length < this.list.topLevelTotal;
    return html`${error}<ul part="list" class="list">${items.map((c) => this.renderComment(c, 0))}</ul>
      ${more
        ? html`<button type="button" part="show-more" class="ck-button secondary" @click=${this.showMore}>${terms.showMore}</button>`
        : nothing}`;
  }

  /** The next page of top-level comments, added below the ones shown (a thread is never loaded whole). */
  private showMore = (): void => {
    const shown = this.list?.items ?? [];
    const nextIndex = this.shownItems.length;
    if (shown.length > nextIndex) {
      // Already read (the shared first page): show the next ones without asking again.
      this.pages += 1;
      this.focusAfterLoad = shown[nextIndex]?.id;
      return;
    }
    const page = Math.floor(shown.length / this.pageSize) + 1;
    this.pages += 1;
    this.loading?.abort();
    const controller = new AbortController();
    this.loading = controller;
    fetchComments(this.client, this.caseId, { sort: this.sort, page, pageSize: this.pageSize }, authorTokens(this.caseId), this.uiLang, controller.signal).then(
      (list) => {
        if (controller.signal.aborted) return;
        const known = new Set(shown.map((c) => c.id));
        this.list = { ...list, items: [...shown, ...list.items.filter((c) => !known.has(c.id))] };
        this.focusAfterLoad = this.list.items[nextIndex]?.id;
        this.loading = undefined;
      },
      (error: unknown) => {
        if (controller.signal.aborted || isAbortError(error)) return;
        this.pages -= 1;
        this.loadError = error instanceof ApiError ? error : new ApiError('parse', String(error));
      },
    );
  };

  /**
   * The next page of a comment's replies (the server sends the first few with the comment and
   * says `moreReplies`; a thread can have thousands, so they come a page at a time).
   */
  private async showMoreReplies(comment: Comment): Promise<void> {
    const loaded = this.moreReplies.get(comment.id);
    const have = comment.replies.length + (loaded?.items.length ?? 0);
    const pageSize = 50;
    try {
      // Offsets in whole pages: ask for the page holding the next unseen reply, keep the unseen ones.
      const page = Math.floor(have / pageSize) + 1;
      const list = await fetchComments(this.client, this.caseId, { sort: 'oldest', page, pageSize, parent: comment.id }, authorTokens(this.caseId), this.uiLang);
      const known = new Set([...comment.replies, ...(loaded?.items ?? [])].map((r) => r.id));
      const items = [...(loaded?.items ?? []), ...list.items.filter((r) => !known.has(r.id))];
      this.moreReplies = new Map(this.moreReplies).set(comment.id, { items, more: page * pageSize < list.topLevelTotal });
    } catch (error) {
      if (!isAbortError(error)) this.loadError = error instanceof ApiError ? error : new ApiError('parse', String(error));
    }
  }

  private renderComment(comment: Comment, depth: number): unknown {
    // The server keeps threads 6 levels deep; this bound only protects the page from another API.
    if (depth > MAX_RENDER_DEPTH) return nothing;
    const terms = this.terms;
    const loaded = this.moreReplies.get(comment.id);
    const replies = loaded ? [...comment.replies, ...loaded.items.filter((r) => !comment.replies.some((c) => c.id === r.id))] : comment.replies;
    const more = loaded ? loaded.more : Boolean(comment.moreReplies);
    const pending = comment.status === 'pending';
    const id = `c-${comment.id}`;
    const replying = this.replyTo === comment.id;
    return html`<li>
      <article part=${pending ? 'comment comment-pending' : 'comment'} class=${pending ? 'comment pending' : 'comment'} id=${id} tabindex="-1" aria-labelledby=${`${id}-author`}>
        <header class="meta">
          <span part="author" class="author" id=${`${id}-author`}>${neutraliseBidi(comment.authorName)}</span>
          <time part="time" datetime=${comment.createdAt} title=${this.localize.date(comment.createdAt, { dateStyle: 'long', timeStyle: 'short' })}>${this.localize.relativeTime(comment.createdAt)}</time>
          ${comment.section && !this.section ? html`<span part="section-tag" class="tag">${terms.feedbackOn(terms.sections[comment.section])}</span>` : nothing}
        </header>
        ${pending ? html`<p part="pending" class="pending-note">${terms.pending}</p>` : nothing}
        <div part="text" class="text">${linkifiedText(comment.text)}</div>
        ${pending
          ? nothing
          : html`<button type="button" part="reply-button" class="link-button" aria-expanded=${replying ? 'true' : 'false'} @click=${() => this.toggleReply(comment.id)}>
              ${terms.reply}<span class="visually-hidden">${terms.replyToRest(comment.authorName)}</span>
            </button>`}
        ${replying
          ? (this.formFor(comment.id, comment.section ?? null)?.render(terms.replyTo(comment.authorName), () => this.toggleReply(comment.id)) ??
            this.renderFormShell(terms.replyTo(comment.authorName), `${id}-reply-title`))
          : nothing}
      </article>
      ${replies.length
        ? html`<ul part="replies" class=${depth < 3 ? 'replies' : 'replies flat'} aria-label=${terms.repliesTo(comment.authorName)}>
            ${replies.map((reply) => this.renderComment(reply, depth + 1))}
          </ul>`
        : nothing}
      ${more
        ? html`<button type="button" part="show-more-replies" class="link-button" @click=${() => this.showMoreReplies(comment)}>
            ${terms.showMoreReplies(comment.authorName)}
          </button>`
        : nothing}
    </li>`;
  }

  private async toggleReply(id: string): Promise<void> {
    const opening = this.replyTo !== id;
    const ready = !opening || Form !== undefined || (await commentFormReady());
    this.replyTo = opening ? id : undefined;
    await this.updateComplete;
    // The reply's place opens either way: with its form, or saying the form could not be fetched.
    if (!ready) return this.focusFormMissing(`#c-${CSS.escape(id)}`);
    if (opening) {
      const form = this.forms.get(`${id}:-`) ?? [...this.forms.values()].find((f) => f.parentId === id);
      this.renderRoot.querySelector<HTMLElement>(`#${form?.textareaId ?? ''}`)?.focus();
    } else {
      this.renderRoot.querySelector<HTMLElement>(`#c-${CSS.escape(id)} [part="reply-button"]`)?.focus();
    }
  }

  private renderMainForm() {
    const terms = this.terms;
    const section = this.section ?? this.feedbackSection;
    if (this.section && this.feedbackSection !== this.section) return nothing;
    if (section) {
      const legend = terms.feedbackOn(terms.sections[section]);
      return this.formFor(null, section)?.render(legend, this.closeFeedback) ?? this.renderFormShell(legend);
    }
    return this.formFor(null, null)?.render(terms.writeComment) ?? this.renderFormShell(terms.writeComment);
  }

  /**
   * A form before its code has come (a thread far down a case): already the named form, so a
   * screen reader's list of landmarks holds it; its fields come as the reader nears it. When the
   * code could not be fetched, it says so, with "Prøv igen".
   */
  private renderFormShell(legend: string, titleId = 'form-shell-title') {
    const terms = this.terms;
    return html`<form part="comment-form" class="comment-form" aria-labelledby=${titleId}>
      <div class="form-title" id=${titleId}>${legend}</div>
      ${formMissing ? renderCodeMissing(terms.formMissing, this.uiLang, this.retryForm, 'form-missing') : nothing}
    </form>`;
  }

  /** After a failed fetch of the form's code: focus on "Prøv igen" where the form should be (within `scope`). */
  private async focusFormMissing(scope = ''): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`${scope} [part~="form-missing"] [part~="retry"]`.trim())?.focus();
  }

  /** "Prøv igen": the form's code asked for again; once here, focus goes to the text field where the button was. */
  private readonly retryForm = async (event: Event): Promise<void> => {
    const shell = (event.currentTarget as HTMLElement).closest('form');
    const index = [...this.renderRoot.querySelectorAll('form')].indexOf(shell!);
    if (!(await commentFormReady())) return;
    await this.updateComplete;
    this.renderRoot.querySelectorAll('form')[index]?.querySelector('textarea')?.focus();
  };
}
