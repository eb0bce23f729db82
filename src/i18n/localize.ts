import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { serverRender } from '../internal/page.js';

export type Lang = 'da' | 'en';

/**
 * A term dictionary: the Danish words, and the English words with the same keys.
 * `en` gives the Danish words until the English ones have loaded (see `englishReady`).
 */
export interface Terms<T> {
  readonly da: T;
  readonly en: T;
}

/** Each dictionary's way to its English words: a pending load, or undefined once they are here. */
const englishLoads: (() => Promise<void> | undefined)[] = [];

/**
 * A dictionary whose English words live in a module of their own, loaded only
 * when an element on the page is in English: a Danish page never downloads them
 * (in the CDN build each English module is its own file).
 */
export function defineTerms<T>(da: T, loadEnglish: () => Promise<{ default: T }>): Terms<T> {
  let en: T | undefined;
  let loading: Promise<void> | undefined;
  englishLoads.push(() =>
    en
      ? undefined
      : (loading ??= loadEnglish().then(
          (module) => void (en = module.default),
          // Unreachable English words: the element shows its Danish ones rather than nothing.
          () => undefined,
        )),
  );
  return {
    da,
    get en() {
      return en ?? da;
    },
  };
}

/**
 * Undefined when the English words of every dictionary on the page are here; else
 * a promise that resolves when they are. An element in English waits for it before
 * it renders (see `CkElement.scheduleUpdate`), so it never shows Danish first.
 */
export function englishReady(): Promise<unknown> | undefined {
  const pending = englishLoads.map((load) => load()).filter((load) => load !== undefined);
  return pending.length ? Promise.all(pending) : undefined;
}

type LocalizedHost = ReactiveControllerHost & HTMLElement;

const connectedHosts = new Set<LocalizedHost>();
let langObserver: MutationObserver | undefined;

/**
 * One observer for the whole page: when any `lang` attribute changes, every
 * Casekit element re-renders and picks up its nearest language again.
 */
function observeLangChanges(): void {
  if (isServer || langObserver) return;
  langObserver = new MutationObserver(() => {
    for (const host of connectedHosts) host.requestUpdate();
  });
  langObserver.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
    subtree: true,
  });
}

/** The `lang` of the nearest element that has one, crossing shadow roots. */
export function resolveLang(element: Element): Lang {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang.toLowerCase().startsWith('en') ? 'en' : 'da';
    }
    node = node.parentNode ?? (!isServer && node instanceof ShadowRoot ? node.host : null);
  }
  // The server renders without the page around the element: it says which language it renders for.
  return isServer ? serverRender.lang : 'da';
}

/**
 * Picks an element's terms by the nearest `lang` (Danish unless it says `en`).
 * An element that also shows numbers and dates uses `FormatController` (formatting.ts),
 * so one that shows none (a contact box) does not download the formatting.
 *
 * Casekit keeps its own small dictionaries instead of `@lit/localize`, whose
 * page-wide configuration can be set only once: an embedded library must not
 * own the page's localization.
 */
export class LocalizeController<T> implements ReactiveController {
  constructor(
    private readonly host: LocalizedHost,
    private readonly dictionary: Terms<T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    connectedHosts.add(this.host);
    observeLangChanges();
  }

  hostDisconnected(): void {
    connectedHosts.delete(this.host);
  }

  get lang(): Lang {
    return resolveLang(this.host);
  }

  /** The current language's terms. */
  get terms(): T {
    return this.dictionary[this.lang];
  }

  get locale(): string {
    return this.lang === 'en' ? 'en-GB' : 'da-DK';
  }
}
