import { fromSource } from './define.js';

/** shared/seeds/002_8c341680d49e18f6.txt — Aktivt Ældreliv's page on co-creation against loneliness (site chrome left out). */
export default fromSource({
  source: '002_8c341680d49e18f6.txt',
  id: 'ensomhed-som-tema-for-samskabelsesprocesser',
  kind: 'artikel',
  title: 'Ensomhed som tema for samskabelsesprocesser',
  subtitle: 'Samskabelsesproces',
  organisation: 'Aktivt Ældreliv',
  themes: ['Ensomhed', 'Samskabelse', 'Aktivt medborgerskab'],
  targetGroups: ['Ældre'],
  contacts: [
    {
      name: 'Dorit Wahl-Brink',
      jobTitle: null,
      department: null,
      organisation: null,
      phone: '2173 3735',
      email: 'dwb@marselisborg.org',
    },
    {
      name: 'Aktivt Ældreliv',
      jobTitle: null,
      department: null,
      organisation: 'Aktivt Ældreliv',
      phone: '21 72 57 59',
      email: 'info@aktivtaeldreliv.dk',
    },
  ],
  description: [
    'Samskabelse og aktivt medborgerskab er med god grund på dagsordenen i mange kommuner. På baggrund af erfaringer fra Aktivt Ældreliv kan vi se, at ensomhed er et rigtig godt udgangspunkt for arbejdet med aktivt medborgerskab og samskabelse. Kun i fællesskab kan kommuner, foreninger og frivillige løfte opgaven med at bekæmpe ensomhed.',
    'Hvad er samskabelse?\nSamskabelse som metode er en vej til at skabe innovativt og frugtbart samarbejd mellem civilsamfund og den frivillige verden lokalt. Samskabelse skaber ejerskab hos deltagerne, uanset om de er frivillige, politikere eller medarbejdere, fordi man skaber noget sammen fra bunden. Samskabelse sætter fokus på to vigtige forhold:\n• At samarbejdet tager udgangspunkt i en relevant udfordring, problemstilling eller behov hos en målgruppe. Det handler således ikke om, at kommunens politikere og medarbejdere på forhånd definerer de opgaver, som frivillige skal løse\n• At frivillige, politikere og medarbejdere i kommunen sammen finder og skaber nye innovative løsninger på udfordringerne eller behovene hos en målgruppe. Samskabelsen er derved en unik mulighed for lokalt at udvikle nye løsninger og tilbud, der tilpasses målgruppen og løses i samarbejde med frivillige.',
    'Vil du vide mere?\nHvis du ønsker at høre mere om mulighederne for netop din kommune eller aftale et møde om erfaringer og muligheder i indsatsen mod ensomhed, er du meget velkommen til at kontakte Dorit Wahl-Brink.',
  ].join('\n\n'),
  organisationAndPartners: 'Aktivt Ældreliv, Nørre Allé 70 F, 2. sal, 8000 Århus C. Tlf: 21 72 57 59, info@aktivtaeldreliv.dk',
  purpose:
    'Med afsæt i Aktivt Ældreliv er der gennemført flere samskabelsesprocesser med det formål at udvikle ideer til, hvordan forebyggelse af ensomhed blandt ældre kan styrkes gennem kommunale eller frivillige indsatser og aktiviteter. Processerne har typisk haft tre specifikke mål:\n• At øge viden hos civilsamfundet, politikere og medarbejdere i kommunen om ensomhed blandt ældre\n• At inddrage de eksisterende aktiviteter og erfaringer i udviklingsprocessen\n• At skabe rammer for idéudvikling samt inspiration til forankring af den videre proces',
  activities:
    'Blandt de aktiviteter, der er gennemført gennem samskabelse kan nævnes:\n• Vidensopbygnings- og rammesætningsmøder med centrale interessenter som fx politikere og udvalgte nøglepersoner fra foreningslivet\n• Lokale idégenereringsworkshops med foreninger, frivillige og andre lokale ressourcepersoner. Gennem oplæg bliver viden opkvalificeret, der sker erfaringsudveksling og lokal idégenerering gennem en række øvelser inspireret af bl.a. Open Space-metoden. Ideerne, der generes, kan både være rettet mod konkrete tiltag i foreninger, og idéer, der har bredere relevans for hele kommunen\n• Workshop med konkretisering og bearbejdning af ideer med deltagelse af både frivillige og medarbejdere',
  effect:
    'Ideer, initiativer mm er blevet samlet i et inspirationskatalog, som har dannet grundlag for den videre handling. Inspirationskataloget har qua processen en omfattende og bred forankring, og ideerne er blevet vendt og drejet, drøftet og udviklet fra forskellige perspektiver. Flere af initiativerne er derefter direkte blevet igangsat med udgangspunkt i både frivillige og kommunale kræfter.',
  materials: [
    { title: 'Viden om ældre og ensomhed: Publikationer og rapporter om ældre og ensomhed', url: null },
    { title: 'Kompetenceudvikling af medarbejdere på ældreområdet', url: null },
    { title: 'Dialogspørgsmål: Inspiration til drøftelser i dialogspørgsmål om ensomhed', url: null },
  ],
});
