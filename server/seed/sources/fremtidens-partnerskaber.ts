import { fromSource } from './define.js';

/** shared/seeds/001_9aabb6cf39672175.txt — an article about a study trip to north-west England. */
export default fromSource({
  source: '001_9aabb6cf39672175.txt',
  id: 'fremtidens-partnerskaber',
  kind: 'artikel',
  title: 'Fremtidens partnerskaber',
  organisation: 'Sund By Netværket',
  themes: ['Frivillighed', 'Partnerskaber'],
  description: [
    '24 medlemmer af Sund By Netværket fra 14 kommuner hev tre dage ud af kalenderen først i marts og drog sammen på studietur til det nordvestlige England. Ved hjælp fra det britiske nationale Healthy Cities Network bød programmet på besøg i tre byer: Stoke-on-Trent, Sheffield og Manchester. Besøgene i hver by bød både på oplæg fra politikere, sundhedsdirektører og -chefer, tid til spørgsmål og diskussioner samt besøg på frivillighedscentre ude i lokalområderne. Med på turen var chefkonsulent Jacqueline Albers Thomasen, der satte oplevelserne i relief både ift. en dansk kontekst, men også som læring ift. hvilke muligheder den enkelte deltager har for at lade inspirationen få indflydelse på ny praksis hjemme i egen kommune. Deltagerne fik opgaver og samtalespørgsmål på busturen mellem byerne, fælles opsamling om aftenen eller morgenen inden dagens program. Vi afholder desuden den 19. april en temadag for deltagerne, hvor vi tager fat på refleksioner og erfaringer med praksis efterfølgende.',
    'Studieturen gav et indblik i den engelske tilgang til at samarbejde med frivillige på. Det er både i systemet, hvor kommunen udliciterer opgaver til frivillige organisationer, og ift. den tilgang man har til at samarbejde med frivilllige. De engelske kommuner har tradition for at udlicitere en række "services" til bl.a. frivillige organisationer. Organisationerne modtager altså betaling for opgaven, men tilføjer den merværdi (ift. at udlicitere til en privat virksomhed) at bringe frivillige i spil som en del af opgaveløsningen. Ikke for at gøre det billigere eller tage de ansattes job, men snarere for at egen skyld. Det sker bl.a. pga. den metodiske tilgang til samarbejdet med frivillige: Sundhedsarbejdet i lokalområderne i de tre byer har et fokus på udvikling af lokalområdet og mindre på sundhedstilbud med afsæt i risikofaktorerne. Eller det vil sige: Med afsæt i en "Asset based"-tilgang, der afdækker områdets ressourcer og behov igangsættes der tiltag, som på længere sigte også har sundhedsfremmende ambitioner. Men det er karakteristisk, at en aktivitet i et frivillighedscenter i et lokalområde lige så godt kan have et mål om at skaffe en arbejdsløs et arbejde som at sætte fokus på ældre, enlige mænds dårlige kostvaner.',
    'Find bl.a. dokumenter fra Healthy Lives-organisationen med eksempler på kontrakt og fordeling af opgaverne under arrangementet i kalenderen.',
    'På besøg i frivillighedscentre på Portland Street (Stoke-on-Trent) og Wythenshawe (Manchester), – hvor der var markedsplads med områdets aktive frivillige foreninger – bl.a. strikkedamerne!',
    'Jacqueline Thomasen fra Macmann Berg faciliterede læring og samlede op undervejs og under vidt forskellige vilkår!',
  ].join('\n\n'),
  quotes: [
    {
      person: 'Hanne Staanum',
      role: 'Centerchef, Greve Kommune',
      text: [
        'Turen gav et ”kick” i forhold til at mærke det store engagement i forhold til at løfte nogle meget tunge og vanskelige sundhedsudfordringer i England. Man fik oplevelsen af – at kan dé lykkes, så kan vi også, når vi er så heldige, at ulighed i sundhed er meget mindre i DK.',
        'Jeg har reflekteret meget over den danske tilgang til det frivillige område, som politisk går på, at der skal spares på de offentlige budgetter og midlet er at lægge opgaverne over til de frivillige, som så kan løfte det gratis. Og så er det ikke så mærkeligt, at det er vanskeligt at holde de frivillige til opgaven over længere tid.',
        'Frivillighed skal udspringe af lysten til at yde noget for andre, at gøre den forskel, der gør forskellen for andre mennesker. At se glæden hos dem man hjælper og se at din indsats reelt gør, at personen nu er i stand til bedre at varetage sin sundhed eller blot flytter sig fra et sted i livet til et andet sted. Frivillighed skal tillige plejes og koordineres. Så at forestille sig den ”rene” frivillighedsmodel, hvor man blot lægger opgaven over til frivillige og så regner med at den kører af sig selv, er utopi.',
        'Der skal afsættes økonomiske ressourcer til koordineringsopgaven og der skal tænkes i belønningssystemer i forhold til de rene frivillige. I England lægger man ofte den koordinerende opgave ud til private interesseorganisationer og indgår kontrakt med disse. På den måde får man flyttet kræfterne over til netop et ikke-kommunalt system, der måske bedre end os andre kommunale fagpersoner formår at iværksætte og strukturere indsatsen. Belønningerne består både i indfrielse af personlige interesser, men også uddannelse på forskellige niveauer med diplomer som dokumenterer dine nye kompetencer, titler, der er værd at stræbe efter, og som er måder at anerkende den indsats du yder.',
        'Desuden lagde jeg mærke til de ofte meget ydmyge fysiske rammer, som omkransede indsatserne i lokalområderne. Vi er godt vant i Danmark, og vi sætter ofte krav om egne lokaler mm. når en forening samles. Men det vi ikke får, er den energi og inspiration, der kan opstå i et stort lokale, når der i et hjørne bliver sendt lokal radio, et andet sted strikker man ting til salg i boder, et tredje spiller man pool og i et fjerde øver man sine IT kompetencer eller får gode råd til CV til brug for jobsøgning. Når de ting samles, forstærker det i sig selv muligheden for, at du bevæger dig fra det du oprindelig kom for, til noget mere du ikke troede du havde brug for at vide noget om eller blive hjulpet med.',
        'Og så en hel masse mere….',
      ].join('\n'),
    },
    {
      person: 'Lisbeth Wilms og Torben Petersen',
      role: 'Gentofte Kommune',
      text: 'Turen har bl.a. inspireret os til at sætte yderligere fokus på Brugerdreven Innovation. Vi er p.t. i færd med at igangsætte flere initiativer indenfor en netop vedtaget sundhedspolitik.\nI sundhedspolitikken er der flere indsatsområder, hvor det vil være naturligt, at brugerne får en aktiv rolle i processerne. Vi håber igennem aktiv involvering, at vi bl.a. opnår – the passion and interest of local residents that give them energy for change (NICE 2009). Vi deler gerne vores erfaringer.',
    },
  ],
});
