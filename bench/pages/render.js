// The render bench, run inside Chromium on /bench/render.html (same CSP as the demo).
// Two ways to put the same markup on the page, timed from data in hand to DOM:
// Casekit's elements, and hand-written DOM code (the limit). render.mjs drives it.

const CARD_TERMS = {
  interventionType: 'Type indsats',
  interventionTypes: { projekt: 'Projekt', permanent: 'Permanent indsats' },
  economy: 'Økonomi pr. år',
  targetGroup: 'Målgruppe',
  themes: 'Temaer',
  evaluated: 'Evalueret',
  notEvaluated: 'Ikke evalueret',
};
const LOCALE = 'da-DK';
const HREF_TEMPLATE = '/case.html?ck-case={id}';

// Hand-written code would create its formatters once, so this does too.
const numberFormat = new Intl.NumberFormat(LOCALE);
const money = new Intl.NumberFormat(LOCALE, { style: 'currency', currency: 'DKK', maximumFractionDigits: 0, currencyDisplay: 'symbol' });
const relative = new Intl.RelativeTimeFormat(LOCALE, { numeric: 'auto' });
const longDate = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'long', timeStyle: 'short' });

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

function economy(bracket) {
  const numbers = (bracket.match(/\d{1,3}(?:\.\d{3})+|\d+/g) ?? []).map((n) => Number(n.replace(/\./g, '')));
  const [low, high] = numbers;
  if (low === undefined) return bracket;
  if (high !== undefined) return money.formatRange(low, high);
  const prefix = bracket.trim().match(/^[<>≤≥]=?|^(under|over)\b/i)?.[0];
  return prefix ? `${prefix} ${money.format(low)}` : money.format(low);
}

/** One case card, the markup ck-case-card renders, by hand. */
function handCard(item) {
  const article = el('article', { part: 'base', class: 'card', 'aria-labelledby': 'title' });
  const origin = item.municipalities.join(', ') || item.organisation || '';
  if (origin) article.append(el('p', { part: 'origin', class: 'origin', lang: 'da' }, origin));
  const href = HREF_TEMPLATE.replaceAll('{id}', encodeURIComponent(item.id));
  article.append(el('div', { role: 'heading', 'aria-level': '3', part: 'heading', class: 'heading', id: 'title' }, el('a', { part: 'link', class: 'link', href, lang: 'da', 'data-retry-focus': '' }, item.title)));
  if (item.subtitle) article.append(el('p', { part: 'subtitle', class: 'subtitle', lang: 'da' }, item.subtitle));
  const facts = el('dl', { part: 'facts', class: 'facts' });
  const fact = (label, value, content = false) => value && facts.append(el('div', {}, el('dt', {}, label), el('dd', content ? { lang: 'da' } : {}, value)));
  fact(CARD_TERMS.interventionType, item.interventionType && CARD_TERMS.interventionTypes[item.interventionType]);
  fact(CARD_TERMS.economy, item.economyBracket && economy(item.economyBracket));
  fact(CARD_TERMS.targetGroup, item.targetGroups[0], true);
  article.append(facts);
  if (item.themes.length) article.append(el('ul', { part: 'themes', class: 'themes', 'aria-label': CARD_TERMS.themes }, ...item.themes.map((t) => el('li', { part: 'theme', lang: 'da' }, t))));
  const footer = el('p', { class: 'footer' });
  if (item.evaluated !== null) footer.append(el('span', { part: 'badge', class: `badge ${item.evaluated ? 'yes' : ''}` }, item.evaluated ? CARD_TERMS.evaluated : CARD_TERMS.notEvaluated));
  const count = numberFormat.format(item.viewCount);
  footer.append(el('span', { part: 'views', class: 'views' }, item.viewCount === 0 ? 'Ikke besøgt endnu' : item.viewCount === 1 ? 'Besøgt 1 gang' : `Besøgt ${count} gange`));
  if (item.commentCount > 0) {
    const comments = numberFormat.format(item.commentCount);
    footer.append(el('span', { part: 'comments', class: 'comments' }, item.commentCount === 1 ? '1 kommentar' : `${comments} kommentarer`));
  }
  article.append(footer);
  return article;
}

/** A host with a shadow root and the element's own (shared) style sheets, as the element has. */
function hostWith(sheets, content) {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = sheets;
  root.append(content);
  return host;
}

const sheetsOf = (tag) => customElements.get(tag).elementStyles.map((s) => s.styleSheet ?? s);

/**
 * Markup with Lit's comment markers and the whitespace around tags removed,
 * attributes sorted, relative times left out, so Casekit's and the hand-written DOM can be compared.
 */
function normalise(root) {
  const out = [];
  const visit = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        out.push(child.data.replace(/\s+/g, ' '));
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const attributes = [...child.attributes].map((a) => ` ${a.name}="${a.value.trim().replace(/\s+/g, ' ')}"`).sort();
        out.push(`<${child.localName}${attributes.join('')}>`);
        visit(child);
        out.push(`</${child.localName}>`);
      }
    }
  };
  visit(root);
  // A relative time ("for 3 sekunder siden") moves between the two renders: compare the datetime only.
  return out.join('').replace(/\s+/g, ' ').replace(/ ?(<[^>]*>) ?/g, '$1').replace(/(<time[^>]*>)[^<]*/g, '$1');
}

const stage = () => document.getElementById('stage');
const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

async function cardsOnce(mode, items) {
  stage().replaceChildren();
  await frame();
  const start = performance.now();
  const fragment = document.createDocumentFragment();
  if (mode === 'lit') {
    const cards = items.map((item) => {
      const card = document.createElement('ck-case-card');
      card.hrefTemplate = HREF_TEMPLATE;
      card.data = item;
      fragment.append(card);
      return card;
    });
    stage().append(fragment);
    await Promise.all(cards.map((card) => card.updateComplete));
  } else {
    const sheets = sheetsOf('ck-case-card');
    for (const item of items) fragment.append(hostWith(sheets, handCard(item)));
    stage().append(fragment);
    await Promise.resolve();
  }
  const dom = performance.now();
  void stage().offsetHeight; // style and layout of what was built
  const layout = performance.now();
  return { dom: dom - start, layout: layout - start };
}

function sameCardMarkup(item) {
  stage().replaceChildren();
  const card = document.createElement('ck-case-card');
  card.hrefTemplate = HREF_TEMPLATE;
  card.data = item;
  stage().append(card, hostWith(sheetsOf('ck-case-card'), handCard(item)));
  return card.updateComplete.then(() => {
    const [lit, hand] = [...stage().children].map((host) => normalise(host.shadowRoot));
    return lit === hand ? true : { lit, hand };
  });
}

/** Times `n` cards both ways, alternating, `reps` times each after one warm-up of each. */
async function cards(items, n, reps) {
  const data = Array.from({ length: n }, (_, i) => ({ ...items[i % items.length], id: `${items[i % items.length].id}-${i}` }));
  const same = await sameCardMarkup(data[0]);
  const times = { lit: [], hand: [] };
  for (let i = 0; i <= reps; i++) {
    for (const mode of i % 2 ? ['hand', 'lit'] : ['lit', 'hand']) {
      const t = await cardsOnce(mode, data);
      if (i > 0) times[mode].push(t);
    }
  }
  stage().replaceChildren();
  return { same, times };
}

// --- the comment thread -------------------------------------------------------

// ck-comment-thread has no way to take comments without fetching them, so the
// response is timed from the moment its JSON is parsed: wrap Response.json.
let parsed;
const originalJson = Response.prototype.json;
Response.prototype.json = async function json() {
  const data = await originalJson.call(this);
  if (this.url.includes('/comments')) parsed?.(data, performance.now());
  return data;
};

function relativeTime(value, now) {
  const seconds = (new Date(value).getTime() - now.getTime()) / 1000;
  for (const [unit, size] of [['year', 31_536_000], ['month', 2_592_000], ['week', 604_800], ['day', 86_400], ['hour', 3_600], ['minute', 60]]) {
    if (Math.abs(seconds) >= size) return relative.format(Math.round(seconds / size), unit);
  }
  return relative.format(Math.round(seconds), 'second');
}

/** One comment and its replies, the markup ck-comment-thread renders, by hand (no links in the bench's texts). */
function handComment(comment, depth, now) {
  const id = `c-${comment.id}`;
  const button = el('button', { type: 'button', part: 'reply-button', class: 'link-button', 'aria-expanded': 'false' }, 'Svar', el('span', { class: 'visually-hidden' }, ` til ${comment.authorName}`));
  button.addEventListener('click', () => {});
  const article = el('article', { part: 'comment', class: 'comment', id, tabindex: '-1', 'aria-labelledby': `${id}-author` },
    el('header', { class: 'meta' },
      el('span', { part: 'author', class: 'author', id: `${id}-author` }, comment.authorName),
      el('time', { part: 'time', datetime: comment.createdAt, title: longDate.format(new Date(comment.createdAt)) }, relativeTime(comment.createdAt, now))),
    el('div', { part: 'text', class: 'text' }, comment.text),
    button);
  const li = el('li', {}, article);
  if (comment.replies.length) {
    li.append(el('ul', { part: 'replies', class: depth < 3 ? 'replies' : 'replies flat', 'aria-label': `Svar på ${comment.authorName}s kommentar` }, ...comment.replies.map((r) => handComment(r, depth + 1, now))));
  }
  return li;
}

async function litThreadOnce(caseId) {
  stage().replaceChildren();
  await frame();
  const got = new Promise((resolve) => (parsed = (data, at) => resolve({ data, at })));
  const thread = document.createElement('ck-comment-thread');
  thread.setAttribute('case-id', caseId);
  thread.setAttribute('page-size', '100');
  stage().append(thread);
  const { data, at } = await got;
  // Microtasks only from here: the element's own .then() sets its list, Lit renders.
  while (thread.shadowRoot.querySelectorAll('article.comment').length < countAll(data.items)) await thread.updateComplete;
  const dom = performance.now();
  void stage().offsetHeight;
  const layout = performance.now();
  return { time: { dom: dom - at, layout: layout - at }, data, thread };
}

const countAll = (items) => items.reduce((n, c) => n + 1 + countAll(c.replies), 0);

async function handThreadOnce(data, template) {
  stage().replaceChildren();
  await frame();
  const start = performance.now();
  const now = new Date();
  const section = template.cloneNode(true);
  section.querySelector('ul[part="list"]').replaceWith(el('ul', { part: 'list', class: 'list' }, ...data.items.map((c) => handComment(c, 0, now))));
  stage().append(hostWith(sheetsOf('ck-comment-thread'), section));
  await Promise.resolve();
  const dom = performance.now();
  void stage().offsetHeight;
  const layout = performance.now();
  return { dom: dom - start, layout: layout - start };
}

/**
 * The thread both ways. The hand-written side builds the comment list by hand
 * and clones the rest (heading, toolbar, form: static markup a hand-written
 * widget would keep in a <template>) from the element's own first render.
 */
async function thread(caseIds, reps) {
  const first = await litThreadOnce(caseIds[0]);
  const template = first.thread.shadowRoot.querySelector('section').cloneNode(true);
  const litMarkup = normalise(first.thread.shadowRoot);
  await handThreadOnce(first.data, template);
  const handMarkup = normalise(stage().firstElementChild.shadowRoot);
  const times = { lit: [], hand: [] };
  for (let i = 0; i < reps; i++) {
    // Each run another case's thread of the same shape: the page's shared cache holds the threads
    // already read, and would answer a second read of one without a request.
    times.lit.push((await litThreadOnce(caseIds[i + 1])).time);
    times.hand.push(await handThreadOnce(first.data, template));
  }
  stage().replaceChildren();
  return { comments: countAll(first.data.items), same: litMarkup === handMarkup ? true : { lit: litMarkup, hand: handMarkup }, times };
}

window.ckBench = { cards, thread, ready: Promise.all([customElements.whenDefined('ck-case-card'), customElements.whenDefined('ck-comment-thread')]) };
