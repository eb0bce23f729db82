import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { CkRatingScale } from '../../src/elements/rating-scale/rating-scale.js';
import { shadowSelector, textOf, waitFor } from '../api/helpers.js';

/**
 * What a web editor sees when they get something wrong: a plain-Danish
 * message on the page for the reader, and one console line for the editor
 * that names the element, the attribute, its value and the likely fix — one
 * line per problem, however many elements share it.
 */
let warnings: string[] = [];
const original = console.warn;
beforeEach(() => {
  warnings = [];
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
});
afterEach(() => {
  console.warn = original;
});
const about = (text: string) => warnings.filter((w) => w.includes(text));

describe('editor diagnostics: attributes', () => {
  it('names an unknown or misspelled attribute once, with the one probably meant', async () => {
    await fixture(html`<div>
      <ck-case-list municipalty="Holstebro" hide-filters></ck-case-list>
      <ck-case-list municipalty="Holstebro" hide-filters></ck-case-list>
    </div>`);
    // The words load only when something is wrong, so the line follows the element by a moment.
    await waitFor(() => about('"municipalty"').length, 'a console line for the editor');
    expect(about('"municipalty"')).to.have.length(1);
    expect(about('"municipalty"')[0]).to.contain('<ck-case-list>').and.contain('Did you mean "municipality"?');
    expect(about('hide-filters'), 'real attributes are not reported').to.have.length(0);
  });

  it('says which values are allowed for intervention-type, evaluated and page-size', async () => {
    await fixture(html`<ck-case-list intervention-type="projekter" evaluated="ja" page-size="abc" hide-filters></ck-case-list>`);
    await waitFor(() => about('page-size="abc"').length, 'a console line for the editor');
    expect(about('intervention-type="projekter"')[0]).to.contain('"projekt", "permanent"').and.contain('did you mean "projekt"?');
    expect(about('evaluated="ja"')[0]).to.contain('"true", "false"');
    expect(about('page-size="abc"')[0]).to.contain('whole number from 1 to 100');
  });

  it('accepts question="formål" as the natural spelling, and names a question that does not exist', async () => {
    const scale = await fixture<CkRatingScale>(html`<ck-rating-scale case-id="faellesskabsportraetter-holstebro" question="formål"></ck-rating-scale>`);
    expect(scale.question).to.equal('formaal');
    await shadowSelector(scale, '[part="distribution"]');
    expect(warnings).to.deep.equal([]);
    await fixture(html`<ck-rating-scale case-id="faellesskabsportraetter-holstebro" question="effekt"></ck-rating-scale>`);
    await waitFor(() => about('question="effekt"').length, 'a console line for the editor');
    expect(about('question="effekt"')[0]).to.contain('"formaal"').and.contain('"implementering"');
  });
});

describe('editor diagnostics: the API address', () => {
  it('tells a wrong address apart from a missing case: plain Danish on the page, one console line naming the attribute, and no retry', async () => {
    // The test runner's own server: it answers, but with its 404 page, not as a Casekit API.
    const wrong = `${location.origin}/not-the-api-${Date.now()}`;
    // Watches the page's real requests (Resource Timing leaves out a 404 whose body is never read).
    const asked: string[] = [];
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      asked.push(String(input instanceof Request ? input.url : input));
      return realFetch(input, init);
    };
    const wrapper = await fixture(html`<div>
      <ck-case-detail api=${wrong} case-id="faellesskabsportraetter-holstebro"></ck-case-detail>
      <ck-case-card api=${wrong} case-id="faellesskabsportraetter-holstebro"></ck-case-card>
    </div>`);
    const detail = wrapper.querySelector('ck-case-detail')!;
    const error = await shadowSelector(detail, '[part~="error"]');
    expect(textOf(error)).to.contain('forkert adresse').and.not.contain('findes ikke');
    await shadowSelector(wrapper.querySelector('ck-case-card')!, '[part~="error"]');
    await waitFor(() => about('does not answer like a Casekit API').length, 'a console line for the editor');
    const lines = about('does not answer like a Casekit API');
    expect(lines, 'one line for two elements').to.have.length(1);
    expect(lines[0]).to.contain(`api="${wrong}"`).and.contain('/api/v1');
    window.fetch = realFetch;
    expect(asked.filter((url) => url.startsWith(wrong)), 'a 4xx is never asked again').to.deep.equal([`${wrong}/cases/faellesskabsportraetter-holstebro`]);
  });

  it('takes a web page answered with 200 (a CMS that answers every address) for a wrong address too', async () => {
    const cms = `${location.origin}/demo/index.html?page=${Date.now()}&x=`;
    const detail = await fixture(html`<ck-case-detail api=${cms} case-id="faellesskabsportraetter-holstebro"></ck-case-detail>`);
    expect(textOf(await shadowSelector(detail, '[part~="error"]'))).to.contain('forkert adresse');
    await waitFor(() => about('does not answer like a Casekit API').length, 'a console line for the editor');
  });

  it('says a case does not exist only when the API says so, and tells the editor to check case-id', async () => {
    const id = `findes-ikke-${Date.now()}`;
    const detail = await fixture(html`<ck-case-detail case-id=${id}></ck-case-detail>`);
    expect(textOf(await shadowSelector(detail, '[part~="error"]'))).to.contain('Casen findes ikke.');
    await waitFor(() => about(`"${id}"`).length, 'a console line for the editor');
    expect(about(`"${id}"`)[0]).to.contain('case-id').and.contain('the API address itself works');
    expect(about('does not answer like a Casekit API')).to.have.length(0);
  });
});
