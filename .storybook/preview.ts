import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import { argTypesFor, type Manifest } from './arg-types.js';

// Docs pages read attributes, properties, events, slots, parts and CSS custom
// properties from the manifest the build generates from the sources' JSDoc.
setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  // Casekit's readers are Danish: every story renders inside lang="da" (Storybook's own page is
  // lang="en"), and the toolbar's "Sprog" switches all of them to English.
  globalTypes: {
    lang: {
      description: 'Sprog / language',
      toolbar: { title: 'Sprog', icon: 'globe', items: [{ value: 'da', title: 'Dansk' }, { value: 'en', title: 'English' }], dynamicTitle: true },
    },
  },
  initialGlobals: { lang: 'da' },
  decorators: [(story, context) => html`<div lang=${(context.globals.lang as string | undefined) ?? 'da'}>${story()}</div>`],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    docs: {
      extractArgTypes: (tagName: string) => argTypesFor(tagName, manifest as Manifest),
    },
  },
};

export default preview;
