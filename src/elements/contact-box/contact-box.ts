import { html, nothing, type PropertyDeclarations } from 'lit';
import { headingLevelCheck, type AttributeCheck } from '../../internal/diagnostics.js';
import { loadStateStyles, renderLoading, Reservation, reserveStyles } from '../../api/load-state.js';
import type { LoadController } from '../../api/load-controller.js';
import type { renderLoadError } from '../../api/load-error.js';
import type { Case } from '../../api/types.js';
import { CkElement } from '../../internal/ck-element.js';
import { clampHeadingLevel, heading } from '../../internal/heading.js';
import { phoneLink } from '../../internal/phone.js';
import { LocalizeController } from '../../i18n/localize.js';
import { baseStyles } from '../../styles/base.styles.js';
import { contactBoxStyles } from './contact-box.styles.js';
import { contactBoxTerms } from './contact-box.terms.js';
import { hasAnyField, type Contact } from './contact.js';

/**
 * The read path (API client, shared cache, `LoadController`, the error state's words) comes
 * only to a box that reads its case's contacts (`case-id`): a box written from attributes — a
 * news article's — never downloads it (in the CDN build it is its own chunk, which the loader
 * fetches beside the box's code only for a box with `case-id`). The server renderer, which
 * renders at once, calls this before it renders.
 */
export const loadReadPath = (): Promise<void> =>
  (readPath ??= Promise.all([import('../../api/load-controller.js'), import('../../api/load-error.js')]).then(([load, error]) => {
    ReadPath = load.LoadController;
    renderError = error.renderLoadError;
  }));
let readPath: Promise<void> | undefined;
let ReadPath: typeof LoadController | undefined;
let renderError: typeof renderLoadError;

/**
 * The contact person(s) of a case or an article: name, job title, department,
 * organisation, phone as a `tel:` link and e-mail as a `mailto:` link. Works from
 * attributes alone, with no API, or from the `contacts` property for several people,
 * or loads the contacts of a case from the API with `case-id`.
 *
 * @tagname ck-contact-box
 * @summary Who to call about a case: name, title, department, phone and e-mail.
 *
 * @slot heading - Replaces the heading text ("Kontakt").
 * @slot - Extra content shown after the contacts, e.g. opening hours.
 *
 * @csspart base - The box around everything.
 * @csspart heading - The heading.
 * @csspart contact - One person's `<address>`.
 * @csspart name - The person's name.
 * @csspart job-title - The job title.
 * @csspart department - The department.
 * @csspart organisation - The organisation or municipality.
 * @csspart phone - The phone link.
 * @csspart email - The e-mail link.
 * @csspart vcard - The "save contact" button.
 * @csspart vcard-missing - Below it, empty until the card's code could not be fetched, then saying so.
 * @csspart loading - The placeholder while contacts load (`case-id`).
 * @csspart error - The error message when they could not be loaded; `retry` is its "Prøv igen" button.
 *
 * @cssprop --ck-contact-box-background - Background of the box (default: `--ck-color-surface`, else transparent).
 * @cssprop --ck-contact-box-border - Border of the box (default: `1px solid --ck-color-border`).
 * @cssprop --ck-contact-box-heading-size - Font size of the heading (default: 1.25em).
 * @cssprop --ck-color-accent - Colour of links.
 * @cssprop --ck-color-border - Colour of borders.
 * @cssprop --ck-radius - Corner radius.
 * @cssprop --ck-space - Inner spacing.
 */
export class CkContactBox extends CkElement {
  static override styles = [baseStyles, loadStateStyles, reserveStyles('ck-contact-box'), contactBoxStyles];

  /** @internal */
  static override attributeChecks: Record<string, AttributeCheck> = { 'heading-level': headingLevelCheck };

  /** Lit's reactive properties, declared without decorators (esbuild's decorator calls cost bytes in every file). */
  static override properties: PropertyDeclarations = {
    name: { reflect: true },
    jobTitle: { attribute: 'job-title' },
    department: {},
    organisation: {},
    phone: {},
    email: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    contacts: { attribute: false },
    caseId: { attribute: 'case-id' },
    api: {},
  };

  /** The person's full name. */
  name?: string;

  /** Job title, e.g. "Konsulent". Named `job-title` because `title` is the page's tooltip attribute. */
  jobTitle?: string;

  /** Department, e.g. "Socialafdelingen". */
  department?: string;

  /** Organisation or municipality, e.g. "Holstebro Kommune". */
  organisation?: string;

  /** Phone number as written anywhere ("96114122", "+45 96 11 41 22"). */
  phone?: string;

  /** E-mail address. */
  email?: string;

  /** The heading level (1–6) that fits the page's outline. */
  headingLevel = 2;

  /** Several people. When set and not empty, it is shown instead of the attributes. */
  contacts: Contact[] = [];

  /** Loads the contacts of this case from the API, when neither `contacts` nor the person attributes are set. */
  caseId?: string;

  /** The API base for `case-id` when the box is not inside a `ck-case-api`. */
  api?: string;

  protected readonly localize = new LocalizeController(this, contactBoxTerms);

  /** The case's read, once the read path is here (at once when it already is: a second box, the server). */
  private load = ReadPath && this.readCase(ReadPath);

  private readonly reservation = new Reservation(this);

  private readCase(Controller: typeof LoadController): LoadController<Case> {
    return new Controller<Case>(this, {
      select: (client) => (this.readsCase() ? client.case(this.caseId!) : null),
      caseId: () => this.caseId,
    });
  }

  /** Shows its case's contacts: `case-id`, and neither `contacts` nor the person attributes. */
  private readsCase(): boolean {
    return !!this.caseId && !this.givenContacts().length;
  }

  private awaitingReadPath = false;

  /** The case's read, once its code is here; code that cannot be fetched is told in the console. */
  private awaitReadPath(): Promise<void> {
    return loadReadPath().then(
      () => void (this.load ??= this.readCase(ReadPath!)),
      (error: unknown) => console.error('Casekit: <ck-contact-box> could not load the code that reads its case.', error),
    );
  }

  // eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- Lit's own signature
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.load || !this.readsCase()) return super.scheduleUpdate();
    // A server-rendered box keeps the server's content until it can render it again from the inlined data.
    if (this.fromServer) return this.awaitReadPath().then(() => this.load && super.scheduleUpdate());
    // Another one shows its loading state meanwhile, as it does while the case loads.
    if (!this.awaitingReadPath) {
      this.awaitingReadPath = true;
      void this.awaitReadPath().then(() => this.requestUpdate());
    }
    return super.scheduleUpdate();
  }

  /** The people to show: the `contacts` property, else the one person the attributes describe, else the case's. */
  protected get shownContacts(): Contact[] {
    const given = this.givenContacts();
    return given.length ? given : (this.load?.value?.contacts ?? []);
  }

  private givenContacts(): Contact[] {
    if (this.contacts.length > 0) return this.contacts.filter(hasAnyField);
    const fromAttributes: Contact = {
      name: this.name,
      jobTitle: this.jobTitle,
      department: this.department,
      organisation: this.organisation,
      phone: this.phone,
      email: this.email,
    };
    return hasAnyField(fromAttributes) ? [fromAttributes] : [];
  }

  override render() {
    const { terms, lang } = this.localize;
    const load = this.load;
    const status = load?.status ?? (this.readsCase() ? 'pending' : 'idle');
    return html`
      <div part="base" class=${this.reservation.classFor(status === 'empty' ? 'ready' : status)}>
        ${heading(clampHeadingLevel(this.headingLevel), html`<slot name="heading">${terms.heading}</slot>`)}
        ${status === 'pending'
          ? renderLoading(lang, 4)
          : status === 'error'
            ? renderError(load!.error!, lang, terms.loadFailed, () => load!.retry())
            : this.shownContacts.map((contact) => this.renderContact(contact))}
        <slot></slot>
      </div>
    `;
  }

  /**
   * The vCard code loads when a reader asks for the card, not with the box: most readers of a
   * page with a contact box never save the contact. The download still follows the click
   * (a download started within a few seconds of one counts as the reader's). Code that cannot be
   * fetched is said below the button (and in the console), in a status region that is there, empty,
   * from the start; the text is written outside Lit's bindings.
   */
  private saveContact(contact: Contact, button: HTMLElement): void {
    const status = button.nextElementSibling;
    import('./vcard.js').then(
      ({ downloadVCard }) => {
        if (status) status.textContent = '';
        downloadVCard(contact, this.renderRoot);
      },
      (error: unknown) => {
        console.error('Casekit: the vCard code could not be loaded.', error);
        if (status) status.textContent = this.localize.terms.vcardMissing;
      },
    );
  }

  private renderContact(contact: Contact) {
    const terms = this.localize.terms;
    const phone = phoneLink(contact.phone);
    const line = (value: string | null | undefined, part: string) =>
      value ? html`<span class="line" part=${part}>${value}</span>` : nothing;
    return html`
      <address part="contact">
        ${contact.name ? html`<span class="name" part="name">${contact.name}</span>` : nothing}
        ${line(contact.jobTitle, 'job-title')} ${line(contact.department, 'department')}
        ${line(contact.organisation, 'organisation')}
        ${phone
          ? html`<span class="line"
              ><span class="label">${terms.phone}</span> <a part="phone" href=${phone.href}>${phone.text}</a></span
            >`
          : nothing}
        ${contact.email
          ? html`<span class="line"
              ><span class="label visually-hidden">${terms.email}</span
              ><a part="email" class="email" href=${`mailto:${contact.email}`}>${contact.email}</a></span
            >`
          : nothing}
        ${contact.name && (phone || contact.email)
          ? html`<button
              type="button"
              part="vcard"
              class="vcard"
              @click=${(event: Event) => this.saveContact(contact, event.currentTarget as HTMLElement)}
            >
              ${terms.saveContact}<span class="visually-hidden">${terms.saveContactWho(contact.name)}</span>
            </button>
            <span class="vcard-missing" part="vcard-missing" role="status"></span>`
          : nothing}
      </address>
    `;
  }
}
