import { html, nothing, type PropertyDeclarations } from 'lit';
import { headingLevelCheck, warnOnce, type AttributeCheck } from '../../internal/diagnostics.js';
import { LoadController, renderLoadError, renderLoading } from '../../api/index.js';
import type { CaseSummary } from '../../api/types.js';
import { FormatController } from '../../i18n/formatting.js';
import { CkElement } from '../../internal/ck-element.js';
import { clampHeadingLevel, heading } from '../../internal/heading.js';
import { loadStateStyles } from '../../api/load-state.js';
import { baseStyles } from '../../styles/base.styles.js';
import { caseCardStyles } from './case-card.styles.js';
import { caseTerms } from './case-card.terms.js';
import { caseHref, caseOrigin, formatEconomyBracket } from './case-format.js';
import { CONTENT_LANG } from '../../internal/content-lang.js';

/** The default link: this page, where a `ck-case-detail` without `case-id` shows the case. */
const SAME_PAGE = '?ck-case={id}';

/** The page's `ck-case-detail` that shows the case in the page address, if there is one. */
const pageDetail = () => document.querySelector<HTMLElement & { show(id: string, from?: HTMLElement): void }>('ck-case-detail:not([case-id])');

/**
 * One practice case as a summary card: title, municipality, intervention type,
 * yearly economy bracket, primary target group, themes, evaluated badge, view
 * count and a link to the full case. Loads the case from `case-id`, or shows the
 * `data` property without any request (a list hands its cards their data).
 *
 * @tagname ck-case-card
 * @summary A practice case as a card that links to the full case.
 *
 * @csspart base - The card (`<article>`).
 * @csspart origin - Municipality or organisation.
 * @csspart heading - The heading around the title.
 * @csspart link - The title link; the whole card is its click target.
 * @csspart subtitle - The subtitle.
 * @csspart facts - The list of facts (type, economy, target group).
 * @csspart themes - The list of themes.
 * @csspart theme - One theme.
 * @csspart badge - The "Evalueret" / "Ikke evalueret" badge.
 * @csspart views - The view count.
 * @csspart comments - The number of comments, when the case has any.
 * @csspart reader-ratings - The readers' answers to the self-assessment questions (mean of 4, how many), when there are votes.
 * @csspart loading - The placeholder while loading.
 * @csspart error - The error message; `retry` is its "Prøv igen" button.
 *
 * @cssprop --ck-case-card-background - Card background (default: `--ck-color-surface`, else transparent).
 * @cssprop --ck-case-card-border - Card border (default: `1px solid --ck-color-border`).
 * @cssprop --ck-case-card-min-height - Height reserved while loading and kept after (default: 13em; compact 10.5em).
 * @cssprop --ck-case-card-title-size - Title font size (default: 1.2em).
 * @cssprop --ck-color-accent - Links and the evaluated badge.
 * @cssprop --ck-radius - Corner radius.
 * @cssprop --ck-space - Inner spacing.
 */
export class CkCaseCard extends CkElement {
  static override styles = [baseStyles, loadStateStyles, caseCardStyles];

  /** @internal */
  static override attributeChecks: Record<string, AttributeCheck> = {
    'heading-level': headingLevelCheck,
    'href-template': (value) => (value.includes('{id}') ? undefined : 'has no {id}, so every card links to the same page; write e.g. "/cases/{id}"'),
  };

  /** Lit's reactive properties, declared without decorators (esbuild's decorator calls cost bytes in every file). */
  static override properties: PropertyDeclarations = {
    caseId: { attribute: 'case-id', reflect: true },
    data: { attribute: false },
    hrefTemplate: { attribute: 'href-template' },
    headingLevel: { attribute: 'heading-level', type: Number },
    compact: { type: Boolean, reflect: true },
    api: {},
  };

  /** The case to load, e.g. `faellesskabsportraetter-holstebro`. Not needed when `data` is set. */
  caseId?: string;

  /** The case summary to show, with no request (as the API's list returns it). */
  data?: CaseSummary;

  /** Where the card links: `{id}` is replaced by the case id. Default `?ck-case={id}` (a `ck-case-detail` on the same page shows it). */
  hrefTemplate = SAME_PAGE;

  /** The heading level (1–6) of the title. */
  headingLevel = 3;

  /** A smaller card: title, municipality, type and economy only. */
  compact = false;

  /** The API base for this card when it is not inside a `ck-case-api` (see the README for the order). */
  api?: string;

  protected readonly localize = new FormatController(this, caseTerms);

  private readonly load = new LoadController<CaseSummary>(this, {
    select: (client) => (this.data || !this.caseId ? null : client.caseSummary(this.caseId)),
    caseId: () => this.caseId,
  });

  protected override firstUpdated(): void {
    if (this.hrefTemplate === SAME_PAGE && !pageDetail()) {
      warnOnce(
        'card-link-nowhere',
        '<ck-case-card>: the cards link to ?ck-case=<id> on this page, but there is no <ck-case-detail> without case-id here to show ' +
          'the case, so a click only reloads the page. Set href-template="/cases/{id}" (the page that shows a case) on the list or card, ' +
          'or put <ck-case-detail></ck-case-detail> on this page.',
      );
    }
  }

  /** The default link opens the case in the page's own `ck-case-detail`, in place, instead of reloading the page. */
  private onLinkClick = (event: MouseEvent): void => {
    if (this.hrefTemplate !== SAME_PAGE || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    const detail = pageDetail();
    const id = this.data?.id ?? this.caseId;
    if (!detail || !id || typeof detail.show !== 'function') return;
    event.preventDefault();
    detail.show(id, event.currentTarget as HTMLElement);
  };

  override render() {
    const { lang, terms } = this.localize;
    if (this.data) return this.renderCard(this.data);
    return this.load.render({
      idle: () => html`<p class="card empty" part="base">${terms.noCase}</p>`,
      pending: () => html`<div class="card" part="base">${renderLoading(lang, 4)}</div>`,
      error: (error) => html`<div class="card" part="base">
        ${renderLoadError(error, lang, terms.loadFailed, () => this.load.retry())}
      </div>`,
      ready: (item) => this.renderCard(item),
    });
  }

  /** "Læserne: Formål opfyldt 3,4 af 4 (9 svar)" per question with votes; nothing before anyone voted. */
  private renderReaderRatings(item: CaseSummary) {
    // `?? []`: a server older than the field answers without it.
    const ratings = item.readerRatings ?? [];
    if (!ratings.length) return nothing;
    const { terms } = this.localize;
    const decimal = (value: number) => this.localize.number(value, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    // A list, so each answer is its own item to a screen reader (spans would run together).
    return html`<div part="reader-ratings" class="ratings">
      <span class="ratings-label" id="ratings-label">${terms.readerRatings}</span>
      <ul aria-labelledby="ratings-label">
        ${ratings.map(
          (r) => html`<li>${terms.ratingQuestions[r.question]} ${terms.ratingValue(decimal(r.average), this.localize.number(r.count), r.count)}</li>`,
        )}
      </ul>
    </div>`;
  }

  private renderCard(item: CaseSummary) {
    const { terms, locale } = this.localize;
    const href = caseHref(this.hrefTemplate, item.id);
    const title = href
      ? html`<a part="link" class="link" href=${href} lang=${CONTENT_LANG} data-retry-focus @click=${this.onLinkClick}>${item.title}</a>`
      : html`<span lang=${CONTENT_LANG}>${item.title}</span>`;
    const origin = caseOrigin(item);
    // `content`: the value is the case's own text (Danish), not one of the interface's words.
    const fact = (label: string, value: string | null | undefined, content = false) =>
      value ? html`<div><dt>${label}</dt><dd lang=${content ? CONTENT_LANG : nothing}>${value}</dd></div>` : nothing;
    return html`<article part="base" class="card" aria-labelledby="title">
      ${origin ? html`<p part="origin" class="origin" lang=${CONTENT_LANG}>${origin}</p>` : nothing}
      ${heading(clampHeadingLevel(this.headingLevel, 3), title, 'heading', 'title')}
      ${item.subtitle && !this.compact ? html`<p part="subtitle" class="subtitle" lang=${CONTENT_LANG}>${item.subtitle}</p>` : nothing}
      <dl part="facts" class="facts">
        ${fact(terms.interventionType, item.interventionType && terms.interventionTypes[item.interventionType])}
        ${fact(terms.economy, item.economyBracket && formatEconomyBracket(item.economyBracket, locale))}
        ${this.compact ? nothing : fact(terms.targetGroup, item.targetGroups[0], true)}
      </dl>
      ${item.themes.length && !this.compact
        ? html`<ul part="themes" class="themes" aria-label=${terms.themes}>
            ${item.themes.map((theme) => html`<li part="theme" lang=${CONTENT_LANG}>${theme}</li>`)}
          </ul>`
        : nothing}
      <p class="footer">
        ${item.evaluated === null
          ? nothing
          : html`<span part="badge" class="badge ${item.evaluated ? 'yes' : ''}"
              >${item.evaluated ? terms.evaluated : terms.notEvaluated}</span
            >`}
        <span part="views" class="views">${terms.views(this.localize.number(item.viewCount), item.viewCount)}</span>
        ${item.commentCount > 0
          ? html`<span part="comments" class="comments">${terms.comments(this.localize.number(item.commentCount), item.commentCount)}</span>`
          : nothing}
      </p>
      ${this.renderReaderRatings(item)}
    </article>`;
  }
}
