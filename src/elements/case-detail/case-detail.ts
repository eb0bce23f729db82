import { html, isServer, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { headingLevelCheck, type AttributeCheck } from '../../internal/diagnostics.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { LoadController, loadStateStyles, renderCodeMissing, renderLoadError, renderLoading } from '../../api/index.js';
import { reserveStyles } from '../../api/load-state.js';
import { CASE_SECTIONS, QUESTION_KEYS } from '../../../contract/index.js';
import type { Case, CaseSection, CaseSections, QuestionKey } from '../../api/types.js';
import { FormatController } from '../../i18n/formatting.js';
import { CkElement } from '../../internal/ck-element.js';
import { clampHeadingLevel, heading } from '../../internal/heading.js';
import { loadNearView } from '../../internal/near-view.js';
import { pageSearch } from '../../internal/page.js';
import { baseStyles } from '../../styles/base.styles.js';
import { caseOrigin, formatEconomyBracket } from '../case-card/case-format.js';
import { caseTerms } from '../case-card/case-card.terms.js';
import '../contact-box/register.js';
import { renderSectionFeedback, sectionFeedbackStyles } from '../comment-thread/section-feedback.js';
import { caseDetailStyles } from './case-detail.styles.js';
import { caseDetailTerms, type LazyTag } from './case-detail.terms.js';
import { isBlank, renderProse, safeHref } from './prose.js';
import { CONTENT_LANG } from '../../internal/content-lang.js';

/** The comment threads' code (its entry: one file with the chunks the case already has). */
const loadThreads = () => import('../comment-thread/register.js');

/** The elements whose code comes as the reader nears them (see updated()), and where it comes from. */
const LAZY_CODE: Record<LazyTag, () => Promise<unknown>> = {
  'ck-rating-scale': () => import('../rating-scale/register.js'),
  'ck-case-card': () => import('../case-card/register.js'),
  'ck-comment-thread': loadThreads,
};

/** The sections in the order of a case page (seed 004), keyed as the API keys them. */
export const SECTION_ORDER: CaseSections = CASE_SECTIONS;

/**
 * A case is rendered in parts, so no part holds the page longer than a frame or two (each section
 * brings its own feedback thread and scales): the header, the contact box and the first section at
 * once, then a section per task, the discussion last. Until the last part the case holds the
 * screen the loader reserved (`parts-pending`), so what follows the case stays where it is while
 * the parts fill in above it.
 */
const FIRST_SECTIONS = 1;
const SECTIONS_PER_PART = 1;

/** Detail of `ck-case-loaded`: the case now shown. */
export interface CaseLoadedDetail {
  id: string;
  title: string;
}

declare module '../../internal/ck-element.js' {
  interface CkEventMap {
    'ck-case-loaded': CaseLoadedDetail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ck-case-loaded': CustomEvent<CaseLoadedDetail>;
  }
}

/** "PDF" for `…/rapport.pdf`: the kind of file a material link downloads, or undefined for a web page. */
function fileType(href: string): string | undefined {
  const extension = /\.(pdf|docx?|xlsx?|pptx?|odt|ods|odp|rtf|csv|zip)$/i.exec(new URL(href).pathname)?.[1];
  return extension?.toUpperCase();
}

/** Changed after it was written (a moderator's correction), not merely published: worth telling the reader. */
const wasUpdated = (c: Case) => Date.parse(c.updatedAt) - Date.parse(c.createdAt) > 60_000;

type Content = TemplateResult | typeof nothing | unknown[];

/**
 * One practice case in full, section by section in the order of a case page:
 * purpose, target group & arena, period, type of intervention and prevention
 * packages, description, materials, organisation, recruitment, economy, quotes,
 * effect, evaluation, self-assessment, attention points, barriers, facilitators
 * and related cases. Empty sections are left out; each section has an `id` (the
 * API's section key) for deep links such as `#oekonomi`. "Udskriv case" prints a
 * clean page. Each visit counts one view.
 *
 * @tagname ck-case-detail
 * @summary A whole case, section by section, with contact, print and view count.
 *
 * @fires ck-case-loaded - A case was loaded and is shown; `detail` holds `{ id, title }` (e.g. for the page's title or breadcrumbs).
 *
 * @slot comments - After the case; by default the case's `ck-comment-thread`. Slot your own to replace it.
 *
 * @csspart base - The `<article>`.
 * @csspart header - Title, subtitle, facts, print button and visit count.
 * @csspart back - "Tilbage til listen", when a card on the page opened the case.
 * @csspart title - The case title (heading).
 * @csspart subtitle - The subtitle.
 * @csspart facts - Type, economy and municipality in the header.
 * @csspart print - The "Udskriv case" button.
 * @csspart visits - "Denne case er besøgt … gange".
 * @csspart updated - "Senest opdateret …", when a moderator corrected the case after it was written.
 * @csspart contact - The `ck-contact-box`.
 * @csspart section - Every section; each also has `section-<key>`, e.g. `section-oekonomi`.
 * @csspart section-heading - The heading of a section.
 * @csspart materials - The list of materials.
 * @csspart quote - One quote (`<figure>`).
 * @csspart question - One self-assessment question.
 * @csspart scale - The question's `ck-rating-scale`: the owner's answer, the readers' votes and the reader's own.
 * @csspart related - The list of related case cards.
 * @csspart code-missing - Where comments, scales or related cases stand whose code could not be fetched: what is missing, and `retry`.
 * @csspart loading - The placeholder while loading.
 * @csspart error - The error message; `retry` is its "Prøv igen" button.
 *
 * @cssprop --ck-case-detail-max-width - Maximum width of the text (default: 48rem).
 * @cssprop --ck-case-detail-title-size - Font size of the title (default: 1.75em).
 * @cssprop --ck-case-detail-section-gap - Space between sections (default: 2rem).
 * @cssprop --ck-color-accent - Links, buttons, the chosen point of the scale.
 * @cssprop --ck-color-border - Borders and rules.
 */
export class CkCaseDetail extends CkElement {
  static override styles = [baseStyles, loadStateStyles, reserveStyles('ck-case-detail'), caseDetailStyles, sectionFeedbackStyles];

  /** @internal */
  static override attributeChecks: Record<string, AttributeCheck> = { 'heading-level': headingLevelCheck };

  /** Lit's reactive properties, declared without decorators (esbuild's decorator calls cost bytes in every file). */
  static override properties: PropertyDeclarations = {
    caseId: { attribute: 'case-id', reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    hrefTemplate: { attribute: 'href-template' },
    api: {},
    setPageTitle: { attribute: 'set-page-title', type: Boolean },
    data: { attribute: false },
    urlCaseId: { attribute: false, state: true },
    viewCounts: { attribute: false, state: true },
    returnTo: { attribute: false, state: true },
    codeMissing: { attribute: false, state: true },
  };

  /** The case to show. Without it, the page's `ck-case` URL parameter is used (where cards link by default). */
  caseId?: string;

  /** The level (1–6) of the case title; section headings are one below. */
  headingLevel = 2;

  /** Where the related cases link, `{id}` replaced by the case id (see `ck-case-card`). */
  hrefTemplate?: string;

  /** The API base when the element is not inside a `ck-case-api`. */
  api?: string;

  /**
   * Sets the browser tab's title to the case's title ("Fællesskabsportrætter · <the page's title>"),
   * and to "Case ikke fundet · …" when the case does not exist. Off by default: the CMS owns the title.
   */
  setPageTitle = false;

  /**
   * A case to show as given, without loading it (a moderator's preview of a pending case):
   * no view is counted, and there is no discussion or feedback, since the case is not public.
   */
  data?: Case;

  private urlCaseId = new URLSearchParams(pageSearch()).get('ck-case') ?? undefined;
  private viewCounts = new Map<string, number>();

  protected readonly localize = new FormatController(this, caseDetailTerms);
  private readonly load = new LoadController<Case>(this, {
    select: (client) => (this.shownId ? client.case(this.shownId) : null),
    caseId: () => this.shownId,
  });
  private readonly counted = new Set<string>();
  /** How many of SECTION_ORDER the case shown renders so far, and which case that count is for. */
  private sectionsShown = 0;
  private partsFor?: string;
  /** Set while the next part waits for its task. */
  private nextPart?: Promise<void>;
  /** Arrived with the server's rendering: replaced whole in the first render, so nothing disappears. */
  private readonly servedWhole = !isServer && this.shadowRoot !== null;
  private scrolledTo?: string;
  /** The case id `ck-case-loaded` was last sent for, so each case is announced once. */
  private announced?: string;
  /** The page's own title, before this element changed it. */
  private pageTitle?: string;
  /** Whether the comment forms' code was asked for (a server-rendered case asks at once). */
  private formsAsked = false;
  /** Elements whose code could not be fetched: the case says so where they stand. */
  private codeMissing: ReadonlySet<LazyTag> = new Set();

  /** The id of the case shown: `case-id`, else `?ck-case=`. */
  get shownId(): string | undefined {
    return this.caseId?.trim() || this.urlCaseId;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.onLocationChange);
    window.addEventListener('hashchange', this.onLocationChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onLocationChange);
    window.removeEventListener('hashchange', this.onLocationChange);
  }

  private readonly onLocationChange = () => {
    this.urlCaseId = new URLSearchParams(location.search).get('ck-case') ?? undefined;
    this.scrolledTo = undefined;
    if (!this.urlCaseId) this.returnTo = undefined;
    this.requestUpdate();
  };

  /** The card link that opened the case shown (see `show()`); "Tilbage til listen" returns there. */
  private returnTo?: HTMLElement;
  /** Set by `show()`: once the case is there, bring it into view and focus it. */
  private reveal = false;

  /**
   * Shows case `id` here, as a card's default link (`?ck-case={id}`) asks for:
   * the page address gets `?ck-case=` (so back/forward and sharing work), the
   * case is scrolled into view and focused once loaded, and "Tilbage til
   * listen" takes the reader back to `from` (the card's link). Only for a
   * detail without `case-id`, which shows the case in the page address.
   */
  show(id: string, from?: HTMLElement): void {
    const url = new URL(location.href);
    url.searchParams.set('ck-case', id);
    url.hash = '';
    if (url.href !== location.href) history.pushState(history.state, '', url.href);
    this.urlCaseId = id;
    this.returnTo = from;
    this.reveal = true;
  }

  private backToList = (): void => {
    const target = this.returnTo;
    if (!target?.isConnected) return;
    target.scrollIntoView({ block: 'center' });
    target.focus({ preventScroll: true });
  };

  /** Resolves once every part of the case is rendered (see FIRST_SECTIONS), as a reader of `updateComplete` expects. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.nextPart) {
      await this.nextPart;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.partsFor && this.sectionsShown < SECTION_ORDER.length && !this.nextPart) {
      // A task of its own for the next sections: the browser paints and handles input in between.
      this.nextPart = new Promise((resolve) =>
        setTimeout(() => {
          this.nextPart = undefined;
          this.sectionsShown += SECTIONS_PER_PART;
          this.requestUpdate();
          resolve();
        }),
      );
    }
    // The self-assessment's scales and the related cases stand far down a case: their code comes when
    // they near the screen — at once over the server's rendering, which shows them already. Likewise
    // the comment threads' code (a section's feedback, the discussion), so the case's first paint does
    // not wait for it; the sections' threads stand near the top, so it comes right after that paint.
    // Code that could not be fetched is said on the page, and asked for again on "Prøv igen" only.
    for (const [tag, load] of Object.entries(LAZY_CODE) as [LazyTag, () => Promise<unknown>][]) {
      if (!this.codeMissing.has(tag)) loadNearView(this.renderRoot, tag, load, this.servedWhole, () => this.missingCode(tag));
    }
    // Likewise the comment forms' code: over the server's rendering the whole case is live at once.
    if (this.servedWhole && !this.formsAsked) {
      this.formsAsked = true;
      void loadThreads().then(({ CkCommentThread }) => CkCommentThread.loadForm());
    }
    const found = this.load.value;
    if (!found) {
      if (this.load.status === 'error' && this.load.error?.status === 404) this.titlePage(this.localize.terms.notFoundTitle);
      return;
    }
    if (this.announced !== found.id) {
      this.announced = found.id;
      this.titlePage(found.title);
      this.emit('ck-case-loaded', { id: found.id, title: found.title });
    }
    this.countView(found.id);
    if (found.related.length) this.load.api.client.seedSummaries(found.related);
    if (this.reveal && found.id === this.shownId) {
      // A card on this page opened the case: the reader sees it (it may render far below the list).
      this.reveal = false;
      const article = this.renderRoot.querySelector<HTMLElement>('article');
      article?.scrollIntoView({ block: 'start' });
      article?.focus({ preventScroll: true });
    }
    // Section ids live in the shadow root, where the browser's own #hash scrolling does not reach.
    const hash = decodeURIComponent(location.hash.slice(1));
    if (hash && this.scrolledTo !== hash) {
      const target = this.renderRoot.querySelector(`[id="${CSS.escape(hash)}"]`);
      if (target) {
        this.scrolledTo = hash;
        target.scrollIntoView();
      }
    }
  }

  /** With `set-page-title`: "<what is shown> · <the page's own title>". */
  private titlePage(shown: string): void {
    if (!this.setPageTitle) return;
    this.pageTitle ??= document.title;
    document.title = this.pageTitle ? `${shown} · ${this.pageTitle}` : shown;
  }

  /** One view per case per element lifetime (the server also counts a visitor once per 30 minutes). */
  private countView(id: string): void {
    if (this.counted.has(id)) return;
    this.counted.add(id);
    this.load.api.client.countView(id).then(
      (result) => {
        this.viewCounts = new Map(this.viewCounts).set(id, result.viewCount);
      },
      () => undefined, // A view that could not be counted is not worth an error message.
    );
  }

  private print(): void {
    window.print();
  }

  override render() {
    const { terms, lang } = this.localize;
    if (this.data) return this.renderCase(this.data);
    return this.load.render({
      // No case chosen yet (a list page before a card is opened): nothing to show, nothing to say.
      idle: () => nothing,
      pending: () => html`<div part="base" class="state loading ck-reserve">${renderLoading(lang, 8)}</div>`,
      error: (error) => html`<div part="base" class="state">
        ${renderLoadError(error, lang, terms.loadFailed, () => this.load.retry())}
      </div>`,
      ready: (found) => this.renderCase(found),
    });
  }

  private renderCase(found: Case) {
    const { terms, locale } = this.localize;
    const level = clampHeadingLevel(this.headingLevel);
    const views = this.viewCounts.get(found.id) ?? found.viewCount;
    // `content`: the value is the case's own text (Danish), not one of the interface's words.
    const fact = (label: string, value: string | null | undefined, content = false) =>
      value ? html`<div><dt>${label}</dt><dd lang=${content ? CONTENT_LANG : nothing}>${value}</dd></div>` : nothing;
    const caseWords = caseTerms[this.localize.lang];
    if (this.partsFor !== found.id) {
      this.partsFor = found.id;
      // Whole at once on the server, over a server rendering, and when the address points into the case.
      this.sectionsShown = isServer || this.servedWhole || location.hash ? SECTION_ORDER.length : FIRST_SECTIONS;
    }
    const allShown = this.sectionsShown >= SECTION_ORDER.length;
    // `held`: the scales and related cards hold their place until their code comes (see updated()); not
    // over the server's rendering, which shows them at their own height.
    // Code that could not be fetched holds no place: the notice stands there instead.
    const held = !isServer && !this.servedWhole && this.codeMissing.size === 0;
    const classes = `case${allShown ? '' : ' parts-pending'}${held ? ' held' : ''}`;
    return html`<article part="base" class=${classes} aria-labelledby="title" tabindex="-1" data-retry-focus>
      <header part="header" class="header">
        ${this.returnTo?.isConnected
          ? html`<button type="button" part="back" class="back link-button" @click=${this.backToList}>${terms.backToList}</button>`
          : nothing}
        ${heading(level, html`<span lang=${CONTENT_LANG}>${found.title}</span>`, 'title', 'title')}
        ${found.subtitle ? html`<p part="subtitle" class="subtitle" lang=${CONTENT_LANG}>${found.subtitle}</p>` : nothing}
        <dl part="facts" class="facts">
          ${fact(caseWords.interventionType, found.interventionType && caseWords.interventionTypes[found.interventionType])}
          ${fact(caseWords.economy, found.economyBracket && formatEconomyBracket(found.economyBracket, locale))}
          ${fact(caseWords.municipality, caseOrigin(found), true)}
          ${fact(terms.abstractType, found.abstractType, true)}
        </dl>
        <p class="tools">
          <button type="button" part="print" class="print ck-button" @click=${this.print}>${terms.print}</button>
          <span part="visits" class="visits">${terms.visits(this.localize.number(views), views)}</span>
          ${wasUpdated(found)
            ? html`<span part="updated" class="updated">${terms.updated(this.localize.date(found.updatedAt))}</span>`
            : nothing}
        </p>
      </header>
      ${found.contacts.length
        ? html`<ck-contact-box part="contact" class="contact" .contacts=${found.contacts} heading-level=${Math.min(6, level + 1)}></ck-contact-box>`
        : nothing}
      ${SECTION_ORDER.slice(0, this.sectionsShown).map((key) => this.renderSection(key, this.sectionContent(key, found), level + 1))}
      ${this.data || !allShown
        ? nothing
        : html`${this.renderCodeMissing('ck-comment-thread')}<slot name="comments"
            ><ck-comment-thread part="comments" case-id=${found.id} api=${ifDefined(this.api)} heading-level=${Math.min(6, level + 1)}></ck-comment-thread
          ></slot>`}
    </article>`;
  }

  private renderSection(key: CaseSection, content: Content, level: number) {
    if (content === nothing || (Array.isArray(content) && content.every((c) => c === nothing))) return nothing;
    // Not named, so not a landmark: a case has up to 14 sections, and a screen reader's landmark
    // list should hold what a reader jumps to (the discussion, its form); sections go by heading.
    return html`<section id=${key} part="section section-${key}" class="section">
      ${heading(Math.min(6, level), this.localize.terms.sections[key], 'section-heading', `${key}-heading`)}
      ${content} ${this.renderSectionActions(key)}
    </section>`;
  }

  private missingCode(tag: LazyTag): void {
    this.codeMissing = new Set(this.codeMissing).add(tag);
  }

  /**
   * "Prøv igen": the elements are watched again, and their code asked for as they near the screen.
   * The button goes with its notice, so focus goes to the section it stood in (else the case), not
   * to the page's start.
   */
  private readonly retryCode = (event: Event): void => {
    const place = (event.currentTarget as HTMLElement).closest('section') ?? this.renderRoot.querySelector('article');
    if (place && !place.hasAttribute('tabindex')) place.setAttribute('tabindex', '-1');
    place?.focus({ preventScroll: true });
    this.codeMissing = new Set();
  };

  /** Where elements stand whose code could not be fetched: what is missing, and "Prøv igen". */
  private renderCodeMissing(tag: LazyTag) {
    const { terms, lang } = this.localize;
    return this.codeMissing.has(tag) ? renderCodeMissing(terms.codeMissing[tag], lang, this.retryCode, 'code-missing') : nothing;
  }

  /** Actions at the end of a section: its feedback, with "Giv feedback" (not on the related cases). */
  protected renderSectionActions(section: CaseSection): unknown {
    const caseId = this.shownId;
    if (!caseId || section === 'relaterede') return nothing;
    const level = Math.min(6, clampHeadingLevel(this.headingLevel) + 2);
    return renderSectionFeedback(this, { caseId, section, api: this.api, headingLevel: level });
  }

  /**
   * One self-assessment question, once: a `ck-rating-scale` bound to the case
   * shows the case owner's answer and the readers' votes together, and takes
   * the reader's own vote.
   */
  protected renderQuestion(key: QuestionKey): unknown {
    const caseId = this.shownId;
    return html`<div part="question" class="question">
      <ck-rating-scale part="scale" case-id=${ifDefined(caseId)} question=${key} label=${this.localize.terms.questions[key]} api=${ifDefined(this.api)}></ck-rating-scale>
    </div>`;
  }

  /** What a section shows, or `nothing` when the case has nothing for it. */
  private sectionContent(key: CaseSection, c: Case): Content {
    const { terms } = this.localize;
    const labelled = (label: string, text: string | null) =>
      isBlank(text) ? nothing : html`<p><strong>${label}:</strong> <span lang=${CONTENT_LANG}>${text}</span></p>`;
    const subLevel = Math.min(6, clampHeadingLevel(this.headingLevel) + 2);
    const sub = (label: string, text: string | null) =>
      isBlank(text) ? nothing : html`${heading(subLevel, label, 'subheading')}${renderProse(text)}`;
    switch (key) {
      case 'formaal':
        return renderProse(c.purpose);
      case 'maalgruppe':
        return [labelled(terms.primaryTarget, c.targetGroupPrimary), labelled(terms.secondaryTarget, c.targetGroupSecondary), labelled(terms.arena, c.arena)];
      case 'periode':
        return renderProse(c.projectPeriod);
      case 'indsatstype':
        return [
          c.interventionType ? html`<p>${terms.interventionSentence[c.interventionType]}</p>` : nothing,
          c.preventionPackages.length
            ? html`<p class="label">${terms.preventionPackages}</p>
                <ul class="packages" lang=${CONTENT_LANG}>${c.preventionPackages.map((p) => html`<li>${p}</li>`)}</ul>`
            : nothing,
        ];
      case 'beskrivelse':
        return renderProse(c.description);
      case 'baggrund':
        return renderProse(c.background);
      case 'aktiviteter':
        return renderProse(c.activities);
      case 'resultater':
        return [sub(terms.expectedResults, c.expectedResults), sub(terms.actualResults, c.actualResults), sub(terms.learnings, c.learnings)];
      case 'proces':
        return renderProse(c.process);
      case 'materialer':
        return c.materials.length ? this.renderMaterials(c) : nothing;
      case 'organisering':
        return renderProse(c.organisationAndPartners);
      case 'rekruttering':
        return renderProse(c.recruitment);
      case 'oekonomi':
        return [
          c.economyBracket ? html`<p class="amount">${formatEconomyBracket(c.economyBracket, this.localize.locale)}</p>` : nothing,
          renderProse(c.economyText),
        ];
      case 'citater':
        return c.quotes.map(
          (q) => html`<figure part="quote" class="quote">
            <blockquote>${renderProse(q.text)}</blockquote>
            ${q.person || q.role ? html`<figcaption lang=${CONTENT_LANG}>${[q.person, q.role].filter(Boolean).join(', ')}</figcaption>` : nothing}
          </figure>`,
        );
      case 'virkning':
        return renderProse(c.effect);
      case 'evaluering':
        if (c.evaluated === null && isBlank(c.evaluationText)) return nothing;
        return isBlank(c.evaluationText) ? html`<p>${c.evaluated ? terms.evaluatedYes : terms.evaluatedNo}</p>` : renderProse(c.evaluationText);
      case 'vurdering': {
        const answers = c.selfAssessment;
        if (QUESTION_KEYS.every((k) => answers[k] === null) && isBlank(c.additionalComments)) return nothing;
        return [
          this.renderCodeMissing('ck-rating-scale'),
          html`<div class="questions">${QUESTION_KEYS.map((k) => this.renderQuestion(k))}</div>`,
          sub(terms.additionalComments, c.additionalComments),
        ];
      }
      case 'opmaerksomhedspunkter':
        return renderProse(c.attentionPoints);
      case 'barrierer':
        return renderProse(c.barriers);
      case 'fremmende-tiltag':
        return renderProse(c.facilitators);
      case 'relaterede':
        return c.related.length
          ? html`${this.renderCodeMissing('ck-case-card')}<ul part="related" class="related">
              ${c.related.map(
                (r) => html`<li>
                  <ck-case-card compact .data=${r} href-template=${ifDefined(this.hrefTemplate)} heading-level=${Math.min(6, clampHeadingLevel(this.headingLevel) + 2)}></ck-case-card>
                </li>`,
              )}
            </ul>`
          : nothing;
    }
  }

  /**
   * Materials open in the same tab (a new tab the reader did not ask for is
   * disorienting, WCAG 3.2.5), and only links to files say they are files.
   */
  private renderMaterials(c: Case) {
    const { terms } = this.localize;
    return html`<ul part="materials" class="materials" lang=${CONTENT_LANG}>
      ${c.materials.map((m) => {
        const href = safeHref(m.url);
        const file = href ? fileType(href) : undefined;
        return html`<li>
          ${href
            ? html`<a href=${href} rel="noopener">${m.title}</a>${file ? html` <span class="file-type" lang=${this.localize.lang}>(${terms.fileType(file)})</span>` : nothing}`
            : m.title}
        </li>`;
      })}
    </ul>`;
  }

}
