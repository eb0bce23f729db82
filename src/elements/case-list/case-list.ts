import { html, isServer, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { ECONOMY_BRACKETS, INTERVENTION_TYPES, SORTS } from '../../../contract/index.js';
import { headingLevelCheck, oneOf, wholeNumber, type AttributeCheck } from '../../internal/diagnostics.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { CONTENT_LANG } from '../../internal/content-lang.js';
import { LoadController, loadStateStyles, renderLoadError, renderLoading } from '../../api/index.js';
import type { CaseSearchParams, CaseSearchResult, CaseSort, FacetName, FacetValue } from '../../api/types.js';
import { FormatController } from '../../i18n/formatting.js';
import { CkElement } from '../../internal/ck-element.js';
import { clampHeadingLevel, heading } from '../../internal/heading.js';
import { pageSearch } from '../../internal/page.js';
import { baseStyles } from '../../styles/base.styles.js';
import '../case-card/register.js';
import { caseTerms } from '../case-card/case-card.terms.js';
import { formatEconomyBracket } from '../case-card/case-format.js';
import { caseListStyles } from './case-list.styles.js';
import { caseListTerms } from './case-list.terms.js';
import { foldDanish, keepPlaces, orderFacet } from './facet-order.js';
import { FACET_NAMES, readFilters, readUrlState, SORT_NAMES, startState, unknownFilterNames, writeUrlState, type ListState } from './url-state.js';

/** Facets whose values are the cases' own words (Danish), not the interface's (type, evaluated, amounts). */
const contentFacet = (name: FacetName): boolean => name !== 'interventionType' && name !== 'evaluated' && name !== 'economyBracket';

/** Facet values shown before "Vis alle". */
const FACET_PREVIEW = 6;
/** From this many values on, an opened facet gets a field to find a value by typing. */
const FACET_FINDABLE = 12;
const DEBOUNCE_MS = 250;
/** Below this width (a phone, a sidebar) the filters fold into "Vis filtre". */
const NARROW_BELOW_PX = 560;

/**
 * Search and browse practice cases: search-as-you-type, facet filters with
 * counts, removable filter chips, sort, paging and a result count read out to
 * screen readers. The reader's choices live in the page URL (`ck-…` parameters),
 * so a result page can be linked, reloaded and navigated with back/forward.
 * Editors preset and lock filters with attributes; locked filters are not shown.
 *
 * @tagname ck-case-list
 * @summary Search, filter and browse cases; state in the page URL.
 *
 * @csspart base - Everything.
 * @csspart search - The search form (`role="search"`).
 * @csspart search-input - The search field.
 * @csspart search-button - The search button.
 * @csspart filters - The filter panel.
 * @csspart facet - One facet's group of checkboxes.
 * @csspart results - The results region.
 * @csspart count - The result count (a polite live region).
 * @csspart sort - The sort select.
 * @csspart chips - The active filters.
 * @csspart chip - One active filter's remove button.
 * @csspart clear - The "Ryd alle" / "Ryd søgning og filtre" buttons.
 * @csspart list - The list of cards.
 * @csspart empty - The "no results" message.
 * @csspart pager - The page navigation.
 * @csspart loading - The placeholder while the first results load.
 * @csspart error - The error message; `retry` is its "Prøv igen" button.
 *
 * @cssprop --ck-case-list-columns - Minimum card width in the result grid (default: 16rem).
 * @cssprop --ck-case-list-filters-width - Width of the filter panel beside the results (default: 15rem).
 * @cssprop --ck-color-accent - Buttons, links, chips.
 * @cssprop --ck-color-border - Borders.
 * @cssprop --ck-radius - Corner radius.
 * @cssprop --ck-space - Spacing.
 */
export class CkCaseList extends CkElement {
  static override styles = [baseStyles, loadStateStyles, caseListStyles];

  /** @internal */
  static override attributeChecks: Record<string, AttributeCheck> = {
    'intervention-type': oneOf(INTERVENTION_TYPES),
    evaluated: oneOf(['true', 'false']),
    'economy-bracket': oneOf(ECONOMY_BRACKETS),
    'page-size': wholeNumber(1, 100),
    page: wholeNumber(1, 100_000),
    sort: oneOf(SORTS),
    'heading-level': headingLevelCheck,
    filters: (value) => {
      const unknown = unknownFilterNames(value);
      return unknown.length ? `names no filter: ${unknown.map((n) => `"${n}"`).join(', ')} — filters are ${FACET_NAMES.join(', ')}` : undefined;
    },
  };

  /** Lit's reactive properties, declared without decorators (esbuild's decorator calls cost bytes in every file). */
  static override properties: PropertyDeclarations = {
    municipality: {},
    theme: {},
    targetGroup: { attribute: 'target-group' },
    interventionType: { attribute: 'intervention-type' },
    preventionPackage: { attribute: 'prevention-package' },
    evaluated: {},
    economyBracket: { attribute: 'economy-bracket' },
    filters: {},
    q: {},
    page: { type: Number },
    pageSize: { attribute: 'page-size', type: Number },
    hideFilters: { attribute: 'hide-filters', type: Boolean },
    sort: {},
    hrefTemplate: { attribute: 'href-template' },
    headingLevel: { attribute: 'heading-level', type: Number },
    api: {},
    state: { attribute: false, state: true },
    typed: { attribute: false, state: true },
    expanded: { attribute: false, state: true },
    facetFind: { attribute: false, state: true },
    narrow: { attribute: false, state: true },
  };

  /** Locks the municipality filter, e.g. `Holstebro`. */
  municipality?: string;
  /** Locks the theme filter, e.g. `Ensomhed`. */
  theme?: string;
  /** Locks the target-group filter. */
  targetGroup?: string;
  /** Locks the intervention type: `projekt` or `permanent`. */
  interventionType?: string;
  /** Locks the prevention package, e.g. `Information og undervisning`. */
  preventionPackage?: string;
  /** Locks evaluated: `true` or `false`. */
  evaluated?: string;
  /** Locks the economy bracket, e.g. `< 50.000`. */
  economyBracket?: string;
  /**
   * Locks filters in the list API's query syntax, for several values of one filter:
   * `municipality=Holstebro&municipality=Struer` shows the cases of either (a repeated name matches
   * any of its values); names as the API or the attributes spell them. Adds to the one-value attributes.
   */
  filters?: string;

  /** A search to start from, when the page's address has no `ck-…` state of its own (the reader can change it). */
  q?: string;
  /** The page of results to start on, like `q` (an embed of a list's later page). */
  page?: number;
  /** Cases per page (1–100). */
  pageSize = 10;
  /** Hides the filter panel (search, sort and paging stay). */
  hideFilters = false;
  /** The default order: `relevance`, `newest`, `views` or `title` (default: relevance when searching, else newest). */
  sort?: CaseSort;
  /** Where the cards link, `{id}` replaced by the case id (see `ck-case-card`). */
  hrefTemplate?: string;
  /** The level (1–6) of the list's headings; card titles are one below. */
  headingLevel = 2;
  /** The API base when the list is not inside a `ck-case-api`. */
  api?: string;

  private state: ListState = readUrlState(pageSearch());
  private typed = this.state.q;
  private expanded = new Set<FacetName>();
  /** What the reader typed in an opened long facet's "Find …" field. */
  private facetFind: Partial<Record<FacetName, string>> = {};
  /** The order each facet's values were last shown in (kept while the reader ticks in that facet). */
  private readonly facetPlaces = new Map<FacetName, string[]>();
  /** Narrow (a phone, a sidebar): the filters fold into a "Vis filtre" disclosure above the results. */
  private narrow = false;
  /**
   * Width changes after the first render apply in the next frame: a render inside the observer's
   * callback would resize the list in the frame being observed, which the browser reports to the
   * page as an error ("ResizeObserver loop completed with undelivered notifications"). A width of
   * 0 is a hidden list (a closed accordion), which keeps its layout until it is shown.
   */
  private readonly resizeObserver = new ResizeObserver(([entry]) => {
    const width = entry?.contentRect.width;
    if (width) requestAnimationFrame(() => (this.narrow = width < NARROW_BELOW_PX));
  });

  private readonly localize = new FormatController(this, caseListTerms);
  private readonly load = new LoadController<CaseSearchResult>(this, {
    select: (client) => client.searchCases(this.query),
    isEmpty: (result) => result.total === 0,
  });
  private typingTimer?: ReturnType<typeof setTimeout>;
  private seeded?: CaseSearchResult;
  private focusResults = false;
  /** Where focus goes after the next render, when the control the reader used is gone. */
  private focusNext?: () => HTMLElement | null | undefined;

  /** Filters fixed by the editor's attributes: one value per facet attribute, any number through `filters`. */
  private get locked(): Partial<Record<FacetName, string[]>> {
    const attributes: Record<FacetName, string | undefined> = {
      municipality: this.municipality,
      theme: this.theme,
      targetGroup: this.targetGroup,
      interventionType: this.interventionType,
      preventionPackage: this.preventionPackage,
      evaluated: this.evaluated,
      economyBracket: this.economyBracket,
    };
    const locked = readFilters(this.filters);
    for (const name of FACET_NAMES) {
      const value = attributes[name]?.trim();
      if (value && !locked[name]?.includes(value)) (locked[name] ??= []).unshift(value);
    }
    return locked;
  }

  /** The API query for the current state and locks. */
  get query(): CaseSearchParams {
    const locked = this.locked;
    const size = Math.min(100, Math.max(1, Math.round(this.pageSize) || 10));
    const params: CaseSearchParams = { page: this.state.page, pageSize: size };
    const q = this.state.q.trim();
    if (q) params.q = q;
    const sort = this.state.sort ?? this.sort;
    if (sort && SORT_NAMES.includes(sort)) params.sort = sort;
    for (const name of FACET_NAMES) {
      const values = locked[name] ?? this.state.filters[name];
      if (values?.length) params[name] = values;
    }
    return params;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.onPopState);
    this.resizeObserver.observe(this);
    this.onPopState();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
    this.resizeObserver.disconnect();
    clearTimeout(this.typingTimer);
  }

  private readonly onPopState = () => {
    clearTimeout(this.typingTimer);
    this.state = startState(location.search, this);
    this.typed = this.state.q;
  };

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // The first render already has the layout for the list's width, so a phone never sees the wide one
    // first: its content width, as the resize observer measures it (a CMS may pad the list).
    if (!this.hasUpdated && !isServer && this.clientWidth) {
      const style = getComputedStyle(this);
      this.narrow = this.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) < NARROW_BELOW_PX;
    }
    // The presets are attributes, set after the fields' initialisers ran (on the server too, where no popstate runs).
    if (!this.hasUpdated && (this.q || this.page)) {
      this.state = startState(pageSearch(), this);
      this.typed = this.state.q;
    }
  }

  /** Changes the state and writes it to the URL: replaced while typing, pushed for committed changes. */
  private commit(next: Partial<ListState>, mode: 'push' | 'replace' = 'push'): void {
    this.state = { ...this.state, ...next };
    const href = writeUrlState(location.href, this.state);
    if (href === location.href) return;
    if (mode === 'push') history.pushState(history.state, '', href);
    else history.replaceState(history.state, '', href);
  }

  private onInput(event: Event): void {
    this.typed = (event.target as HTMLInputElement).value;
    clearTimeout(this.typingTimer);
    this.typingTimer = setTimeout(() => this.commit({ q: this.typed, page: 1 }, 'replace'), DEBOUNCE_MS);
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    clearTimeout(this.typingTimer);
    this.commit({ q: this.typed, page: 1 });
  }

  private setFilter(name: FacetName, value: string, on: boolean): void {
    const current = this.state.filters[name] ?? [];
    const values = on ? [...current, value] : current.filter((v) => v !== value);
    this.commit({ filters: { ...this.state.filters, [name]: values }, page: 1 });
  }

  /** "Ryd alle" and "Ryd søgning og filtre": everything cleared, so the reader starts over in the search field. */
  private clearAll(): void {
    clearTimeout(this.typingTimer);
    this.typed = '';
    this.commit({ q: '', filters: {}, sort: undefined, page: 1 });
    this.focusNext = () => this.renderRoot.querySelector<HTMLElement>('#q');
  }

  /** A chip's ✕: the filter goes, and focus goes to the chip now in its place (else "Ryd alle"… else the search field). */
  private removeChip(name: FacetName, value: string, index: number): void {
    this.setFilter(name, value, false);
    this.focusNext = () => {
      const chips = [...this.renderRoot.querySelectorAll<HTMLElement>('[part~="chip"]')];
      return chips[Math.min(index, chips.length - 1)] ?? this.renderRoot.querySelector<HTMLElement>('#q');
    };
  }

  private goToPage(page: number): void {
    this.focusResults = true;
    this.commit({ page });
  }

  /** "Vis alle" reveals the values above its own button, so focus moves to the first one revealed. */
  private toggleExpanded(name: FacetName): void {
    const expanded = new Set(this.expanded);
    const opening = !expanded.delete(name);
    if (opening) expanded.add(name);
    this.expanded = expanded;
    if (opening) {
      const before = this.renderRoot.querySelectorAll(`fieldset[data-facet="${name}"] input[type="checkbox"]`).length;
      const facet = `fieldset[data-facet="${name}"]`;
      // A long list opens with its "Find …" field first; a short one at the first value revealed.
      this.focusNext = () =>
        this.renderRoot.querySelector<HTMLElement>(`${facet} input[type="search"]`) ??
        this.renderRoot.querySelectorAll<HTMLElement>(`${facet} input[type="checkbox"]`)[before];
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const result = this.load.value;
    if (result && result !== this.seeded) {
      this.seeded = result;
      this.load.api.client.seedSummaries(result.items);
    }
    if (this.focusNext) {
      const target = this.focusNext();
      this.focusNext = undefined;
      target?.focus();
    }
    if (this.focusResults && result && !this.load.loading) {
      this.focusResults = false;
      const target = this.renderRoot.querySelector<HTMLElement>('#results');
      target?.focus({ preventScroll: true });
      // The pager is at the bottom: the new page starts at its top, where the reader begins reading.
      if (target && target.getBoundingClientRect().top < 0) target.scrollIntoView({ block: 'start' });
    }
  }

  /** A facet value as a reader reads it: "Projekt", "Evalueret", "< 50.000 kr.". */
  private valueLabel(name: FacetName, value: string): string {
    const terms = caseTerms[this.localize.lang];
    if (name === 'interventionType') return terms.interventionTypes[value as 'projekt' | 'permanent'] ?? value;
    if (name === 'evaluated') return value === 'true' ? terms.evaluated : value === 'false' ? terms.notEvaluated : value;
    if (name === 'economyBracket') return formatEconomyBracket(value, this.localize.locale);
    return value;
  }

  override render() {
    const { terms, lang } = this.localize;
    const level = clampHeadingLevel(this.headingLevel);
    const result = this.load.latest;
    const status = this.load.status;
    return html`<div part="base" class="list">
      <form role="search" part="search" class="search" @submit=${this.onSubmit}>
        <label for="q">${terms.searchLabel}</label>
        <span class="search-row">
          <input id="q" type="search" part="search-input" autocomplete="off" .value=${this.typed} @input=${this.onInput} />
          <button type="submit" part="search-button" class="ck-button">${terms.searchButton}</button>
        </span>
      </form>
      <div class="layout">
        ${this.hideFilters ? nothing : this.renderFilters(result, level)}
        <section id="results" tabindex="-1" data-retry-focus class="results" part="results" aria-labelledby="results-heading" aria-busy=${this.load.loading ? 'true' : 'false'}>
          <div class="visually-hidden">${heading(level, terms.results, 'results-heading', 'results-heading')}</div>
          <div class="toolbar">
            <p part="count" class="count" role="status">
              ${result && status !== 'error' ? terms.count(this.localize.number(result.total), result.total) : status === 'pending' ? terms.searching : ''}
            </p>
            ${this.renderSort()}
          </div>
          ${this.renderChips()}
          ${status === 'error'
            ? renderLoadError(this.load.error!, lang, terms.loadFailed, () => this.load.retry())
            : !result
              ? this.renderPlaceholders()
              : result.total === 0
                ? this.renderEmpty()
                : this.renderResults(result, level)}
        </section>
      </div>
    </div>`;
  }

  private renderSort() {
    const { terms } = this.localize;
    const current = this.state.sort ?? this.sort ?? (this.state.q.trim() ? 'relevance' : 'newest');
    const options = SORT_NAMES.filter((sort) => sort !== 'relevance' || this.state.q.trim());
    return html`<label class="sort"
      >${terms.sortLabel}
      <select part="sort" @change=${(event: Event) => this.commit({ sort: (event.target as HTMLSelectElement).value as CaseSort, page: 1 })}>
        ${options.map((sort) => html`<option value=${sort} ?selected=${sort === current}>${terms.sorts[sort]}</option>`)}
      </select></label
    >`;
  }

  private renderFilters(result: CaseSearchResult | undefined, level: number) {
    const locked = this.locked;
    const { terms } = this.localize;
    const facets = FACET_NAMES.filter((name) => !locked[name]).map((name) => this.renderFacet(name, result?.facets[name] ?? []));
    // No named region without anything in it (before the first results, or when every facet is empty).
    if (facets.every((facet) => facet === nothing)) return html`<div part="filters" class="filters"></div>`;
    return html`<section part="filters" class="filters" aria-labelledby="filters-heading">
      ${heading(level, terms.filters, 'filters-heading', 'filters-heading')}
      ${this.narrow ? html`<details><summary>${terms.showFilters}</summary>${facets}</details>` : facets}
    </section>`;
  }

  private renderFacet(name: FacetName, values: FacetValue[]) {
    const { terms } = this.localize;
    const selected = this.state.filters[name] ?? [];
    const found = [...values, ...selected.filter((s) => !values.some((v) => v.value === s)).map((value) => ({ value, count: 0 }))];
    // Ticking re-counts everything; while this facet has ticks its values stay where the reader saw them.
    const all = keepPlaces(selected.length ? this.facetPlaces.get(name) : undefined, orderFacet(name, found));
    this.facetPlaces.set(name, all.map((v) => v.value));
    if (!all.length) return nothing;
    const expanded = this.expanded.has(name);
    const findable = expanded && all.length >= FACET_FINDABLE;
    const find = findable ? foldDanish(this.facetFind[name]?.trim() ?? '') : '';
    const shown = all.filter((v, i) =>
      selected.includes(v.value) || (find ? foldDanish(this.valueLabel(name, v.value)).includes(find) : expanded || i < FACET_PREVIEW),
    );
    return html`<fieldset part="facet" class="facet" data-facet=${name}>
      <legend>${terms.facets[name]}</legend>
      ${findable
        ? html`<label class="find"
            >${terms.findValue(terms.facets[name])}
            <input
              type="search"
              part="facet-find"
              autocomplete="off"
              .value=${this.facetFind[name] ?? ''}
              @input=${(event: Event) => (this.facetFind = { ...this.facetFind, [name]: (event.target as HTMLInputElement).value })}
          /></label>`
        : nothing}
      ${shown.map(
        (v) => html`<label class="option"
          ><input
            type="checkbox"
            .checked=${selected.includes(v.value)}
            @change=${(event: Event) => this.setFilter(name, v.value, (event.target as HTMLInputElement).checked)}
          /><span class="option-label" lang=${contentFacet(name) ? CONTENT_LANG : nothing}>${this.valueLabel(name, v.value)}</span>
          <span class="option-count">(${this.localize.number(v.count)})</span></label
        >`,
      )}
      ${find && shown.length === selected.length ? html`<p class="find-none">${terms.noValueFound}</p>` : nothing}
      ${all.length > FACET_PREVIEW
        ? html`<button type="button" class="more" aria-expanded=${expanded ? 'true' : 'false'} @click=${() => this.toggleExpanded(name)}>
            ${expanded ? terms.showFewer : terms.showAll(this.localize.number(all.length))}
          </button>`
        : nothing}
    </fieldset>`;
  }

  private renderChips() {
    const { terms } = this.localize;
    const locked = this.locked;
    const chips = FACET_NAMES.filter((name) => !locked[name]).flatMap((name) =>
      (this.state.filters[name] ?? []).map((value) => ({ name, value })),
    );
    if (!chips.length) return nothing;
    // Keyed: a removed chip's button goes with it, instead of staying focused and naming the next filter.
    return html`<ul part="chips" class="chips" aria-label=${terms.activeFilters}>
      ${repeat(
        chips,
        ({ name, value }) => `${name}\u0000${value}`,
        ({ name, value }, index) => {
          const label = this.valueLabel(name, value);
          return html`<li>
            <button type="button" part="chip" class="chip" aria-label=${terms.removeFilter(terms.facets[name], label)} @click=${() => this.removeChip(name, value, index)}>
              <span lang=${contentFacet(name) ? CONTENT_LANG : nothing}>${label}</span><span aria-hidden="true"> ✕</span>
            </button>
          </li>`;
        },
      )}
      <li><button type="button" part="clear" class="clear" @click=${this.clearAll}>${terms.clearAll}</button></li>
    </ul>`;
  }

  private renderPlaceholders() {
    const count = Math.min(this.query.pageSize as number, 6);
    // Shapes only: the count's status region says "Søger …" once, not one status per placeholder.
    return html`<ul class="cards" part="list" aria-hidden="true">
      ${Array.from({ length: count }, () => html`<li class="placeholder">${renderLoading(this.localize.lang, 4)}</li>`)}
    </ul>`;
  }

  private renderEmpty() {
    const { terms } = this.localize;
    const clearable = this.state.q.trim() || FACET_NAMES.some((name) => this.state.filters[name]?.length);
    return html`<div part="empty" class="empty">
      <p><strong>${terms.empty}</strong> ${clearable ? terms.emptyHint : ''}</p>
      ${clearable ? html`<button type="button" part="clear" class="ck-button" @click=${this.clearAll}>${terms.clearFilters}</button>` : nothing}
    </div>`;
  }

  private renderResults(result: CaseSearchResult, level: number) {
    const { terms } = this.localize;
    const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
    return html`<ul class="cards" part="list">
        ${result.items.map(
          (item) => html`<li>
            <ck-case-card .data=${item} href-template=${ifDefined(this.hrefTemplate)} heading-level=${Math.min(6, level + 1)}></ck-case-card>
          </li>`,
        )}
      </ul>
      ${pages > 1
        ? html`<nav part="pager" class="pager" aria-label=${terms.pages}>
            <button type="button" class="ck-button" ?disabled=${result.page <= 1} @click=${() => this.goToPage(result.page - 1)}>${terms.previous}</button>
            <span>${terms.pageOf(this.localize.number(result.page), this.localize.number(pages))}</span>
            <button type="button" class="ck-button" ?disabled=${result.page >= pages} @click=${() => this.goToPage(result.page + 1)}>${terms.next}</button>
          </nav>`
        : nothing}`;
  }
}
