import { fromSource } from './define.js';

/** shared/seeds/000_cebe3aa7c0db807c.txt — an article from Sund By Netværket. */
export default fromSource({
  source: '000_cebe3aa7c0db807c.txt',
  id: 'plads-til-naervaer-og-hjerte',
  kind: 'artikel',
  title: 'Plads til nærvær og hjerte',
  organisation: 'Sund By Netværket',
  themes: ['Fællesskabsagenter', 'Samskabelse', 'Ulighed i sundhed', 'Mental sundhed'],
  contacts: [
    {
      name: 'Charlotte Iisager Petersen',
      jobTitle: 'Sekretariatschef',
      department: null,
      organisation: 'Sund By Netværket',
      phone: '+4524804503',
      email: null,
    },
  ],
  description: [
    'Netværk for fællesskabsagenter blev skudt i gang for et år siden med aktiv deltagelse fra 20 kommuner. Det har været en spændende proces, hvor der rundt i landets kommuner er opstået forskellige aktiviteter på tværs af aldre, køn og etnicitet. De deltagende konsulenter og ledere har været optaget af hvordan ulighed i sundhed kan mindskes gennem samskabelse med borgere i et givent lokalområde. Og der er masser af gode kræfter i lokalområderne – mennesker der trods egne problemer og udfordringer har vist sig at have energi, ressourcer og lyst til at byde ind med aktiviteter og støtte til ellers ukendte naboer i deres lokalområde.',
    'Sundheden er den gennemgående røde tråd, men ikke altid udgangspunktet i de lokale aktiviteter. Sundhed handler nemlig også om mental sundhed – og om at komme ud af hjemmet og ind i fællesskabet. Derfra kan vi bygge videre. I projektet skabes der miljøer med fokus på lokale ressourcer og ressourcer hos den enkelte fremfor løftede pegefingre. Lokale beboere bliver givet en mulighed for at blive lokale ressourcer for fællesskabet i nærmiljøet – i projektet har vi kaldt disse lokale ressourcer for fællesskabsagenter.',
    'De deltagende kommuner har skabt spiren til relationer og mennesker i lokalområderne der overskrider de formelle strukturer og roller for de kommunalt ansatte. Medarbejdere skulle i højere grad fungere som relationsarbejder, seismograf for muligheder, facilitator eller ressourcespotter.',
    'Projektets erfaringer er mange, og i punktform er de vigtigste pointer for et vellykket samarbejde:\n• Luk munden og lyt\n• Led efter passionen\n• Gør det enkelt\n• Muliggør\n• Vis mod\n• Vær tålmodige.',
    'I artiklen nedenfor kan du lære mere uddybende om hvordan der er blevet skabt plads til nærvær, hjerte, improvisation og samtaler i det lokale miljø i Netværk for fællesskabsagenter i 2014.\nSund By Netværket fortsætter arbejdet i 2015 – følg med her på hjemmesiden og se mødedage i kalenderen.',
  ].join('\n\n'),
});
