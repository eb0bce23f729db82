import beboerdrevet from './beboerdrevet-sundhedsfremme.js';
import ensomhed from './ensomhed-som-tema-for-samskabelsesprocesser.js';
import holstebro from './faellesskabsportraetter-holstebro.js';
import partnerskaber from './fremtidens-partnerskaber.js';
import naervaer from './plads-til-naervaer-og-hjerte.js';

/** The five source documents, oldest first (their order in shared/seeds/). */
export const SOURCE_CASES = [naervaer, partnerskaber, ensomhed, beboerdrevet, holstebro];
