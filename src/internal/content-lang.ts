/**
 * The language of the text the case API returns. Cases are written in Danish
 * by Danish municipalities and the API carries no per-case language, so every
 * node that holds API text (titles, prose, facts, facet values) says
 * `lang="da"`: on an English page a screen reader then reads it with a Danish
 * voice (WCAG 3.1.2), while the interface's own words keep the page's language.
 *
 * Put it only on nodes that hold text, never around another Casekit element:
 * a nested element takes the nearest `lang` as its interface language.
 */
export const CONTENT_LANG = 'da';
