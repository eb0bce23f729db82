import { fromSource } from './define.js';

/** shared/seeds/004_1830ce4defac330c.txt — a full case page from Holstebro Kommune. */
export default fromSource({
  source: '004_1830ce4defac330c.txt',
  id: 'faellesskabsportraetter-holstebro',
  kind: 'case',
  title: 'Fællesskabsportrætter',
  subtitle: 'Fællesskaber for udsatte og sårbare borgere i Holstebro Kommune',
  municipalities: ['Holstebro'],
  contacts: [
    {
      name: 'Maria Bisgaard Fabricius',
      jobTitle: 'Konsulent',
      department: 'Socialafdelingen',
      organisation: 'Holstebro Kommune',
      phone: '96114122',
      email: 'maria.bisgaard.fabricius@holstebro.dk',
    },
  ],
  interventionType: 'projekt',
  economyBracket: '< 50.000',
  economyText: 'Omkring 10.000 til kommunikation og produktion af kalender og plancher.',
  purpose: [
    'Hovedformålet med ABC-portrætterne og den dertilhørende kalender er at sætte fokus på ABC-budskabet i socialafdelingen og at kaste lys på de mange gode fællesskaber, det er muligt at blive en del af som udsat eller psykisk sårbar borger.',
    'Konkret har projektet til formål:\n- At skabe synlighed omkring ABC-budskaberne for både borgere og medarbejde i kommunens socialafdeling\n- At skabe refleksion hos de deltagende borgere i forhold til deres mentale sundhed og hvordan de styrker den\n- At inspirere borgere til at blive en del af meningsfulde fællesskaber og fremhæve og udbrede gode historier fra borgere med tilknytning til det sociale område',
  ].join('\n\n'),
  targetGroupPrimary: 'udsatte og sårbare borgere, der kommer på kommunens væresteder, i dagtilbud og i gruppeforløb.',
  targetGroupSecondary: 'medarbejdere på socialområdet, der arbejder på væresteder, i dagtilbud og med gruppeforløb.',
  targetGroups: ['Udsatte og sårbare borgere', 'Medarbejdere på socialområdet'],
  // The page shows "Projekt periode: -": no period given.
  projectPeriod: null,
  preventionPackages: ['Information og undervisning'],
  themes: ['Fællesskaber', 'Mental sundhed', 'ABC-budskaber'],
  description: [
    'Projektets hovedaktiviteter har bestået i at indsamle og videreformidle 12 eksempler på nogen af de succesfulde fællesskaber, som borgere med tilknytning til at socialområdet indgår i.\nDe 12 fællesskaber er blevet afbilledet i et portræt. Til hvert portræt er der blevet indsamlet en ABC-fortælling omkring a) hvad deltagerne mødes om, b) hvilket fællesskaber de har omkring aktiviteten – og c) hvad det betyder for deltagerne. Fortællingerne er indsamlet via korte interview eller fælles gruppedrøftelser om ABC med borgerne.',
    'Tidsforløb:\n- Kontakt til grupper af borgere, som har stærke fællesskaber\n- Kontakt til frivillige fotografer\n- Samtykker og juridiske forhold\n- Fotograferinger og indsamling af ABC-fortællinger\n- Opsætning af portrætter og kalender i kommunikationsafdeling\n- Rundsende kalender til vores tilbud\n- Formidling af ABC til politisk udvalg og handicapråd\n- Udstilling i rådhushallen og kampagne på hjemmeside og facebook',
    'ABC-budskaberne blev tydelige for borgerne, der deltog i portrætserien. Direkte gennem ABC-gruppedrøftelserne eller interviewene – og indirekte bare ved den blotte deltagelse, hvor de skulle vise deres eget fællesskab frem.',
    'Deltagelsen i portrætserien var med til at forstærke borgere og medarbejderes positive fortælling omkring deres fællesskab, dem selv og deres deres aktive deltagelse. Projektet har i et recovery-orienteret perspektiv været med til at synliggøre, hvordan ABC-arbejdet kan være med til at synliggøre og styrke udsatte og sårbare borgeres sociale værdisatte roller – og herved være med til at styrke nye og alternative personlige narrativer for den enkelte.',
    'Derudover er ABC-budskaber blevet synlige i det færdige produkt, hvor hvert portræt ledsages af en ABC-fortælling.',
  ].join('\n\n'),
  // The page links four downloads; the text carries their names but not their addresses.
  materials: [
    { title: 'infotavle', url: null },
    { title: 'Kalender-info', url: null },
    { title: 'Naturplanche', url: null },
    { title: 'Kalender', url: null },
  ],
  organisationAndPartners: [
    'Projektet er koordineret af ABC-tovholder og konsulent i afdelingen.',
    'Kontakten til borgerne, tilstedeværelsen under fotografering og indsamling af fortællinger er uddelegeret til kontaktpersoner og faglige medarbejdere, som havde den direkte kontakt og relation med borgerne.',
    'Derudover er inddraget kommunikationsmedarbejder og jurist ved kommunen.',
    'Arbejdet er inspireret af Stevns Frivillighedscenter, der har udstillet portrætter af lokale frivillige.',
  ].join('\n\n'),
  recruitment:
    'De deltagende fællesskaber er rekrutteret via socialfaglige medarbejdere, som deltager i socialafdelingens netværksgruppe for medborgerskab. De har spottet og kontaktet konkrete fællesskaber, som de så som relevante.',
  quotes: [
    {
      text: 'For gruppedeltagerne har det haft stor værdi at tale sammen om hvad det betyder for dem at komme i gruppen. At opdage den betydning og relation de har fået til de andre gruppemedlemmer giver stor motivation for at deltage, samt lyst til at gøre noget sammen, også uden for gruppen. Det er med til at øge den mentale sundhed og er med til at fremme en positiv social identitet.',
      person: 'Ann Kathrine Kvistgaard Fihl',
      role: 'Ergoterapeut, Center for psykiatri, Holstebro kommune',
    },
  ],
  effect:
    'Indsatsen er ikke blevet systematisk evalueret.\n\nFlere tilbagemeldinger peger på at kalenderen, som er synlig i tilbuddene i socialafdelingen, er med til personificere og synliggøre ABC-budskaberne i det daglige i socialafdelingen.',
  evaluated: false,
  evaluationText: 'Nej, Ikke evalueret',
  selfAssessment: { formaal: 4, implementering: 4 },
  attentionPoints:
    'Arbejdet med portrætserien har været en konkret måde at arbejde med at levendegøre ABC-budskaberne for borgere og medarbejdere. Portrætterne viser på en personificeret måde, hvilken betydning det fællesskabende arbejde har for borgerne liv. Det er herved med til at validere det fællesskabende arbejde, der sker i socialafdelingen.\nVi har desuden oplevet, at det er givende at kunne præsentere politikere og udvalg for konkrete eksempler på, hvordan der arbejdes med meningsfulde fællesskaber i socialafdelingens mange tilbud til borgere i Holstebro kommune.',
  barriers:
    'Der er indhentet samtykkeerklæringer fra de deltagende borgere. Efterfølgende har vi oplevet, at samtykkeerklæringerne er formuleret, så det begrænser brugen af materialet i andre sammenhænge, hvor det ellers kunne være relevant, fordi samtykket er givet til meget snævert brug. Det kan derfor overvejes, om det vil være hensigtsmæssigt at formulere samtykkeerklæringerne, så portrætterne kan anvendes i flere sammenhænge.',
  // "Yderligere kommentarer" and "Fremmende tiltag" are empty on the page, and so is "Relaterede cases".
});
