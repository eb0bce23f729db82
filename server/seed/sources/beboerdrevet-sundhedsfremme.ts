import { fromSource } from './define.js';

/** shared/seeds/003_200a8ce2f4be1974.txt — a practice-based abstract (Køge and Roskilde). */
export default fromSource({
  source: '003_200a8ce2f4be1974.txt',
  id: 'beboerdrevet-sundhedsfremme-koege-roskilde',
  kind: 'abstract',
  title:
    'Beboerdrevet sundhedsfremme – mobilisering og understøttelse af ressourcer i udsatte boligområder til bedre sundhed og trivsel',
  subtitle: 'Kvindenetværk - Køge / Familieklub - Roskilde',
  municipalities: ['Køge', 'Roskilde'],
  abstractType:
    'Praksisbaseret abstract i workshop sammen med Forskningsbaseret abstract fra Steno Sundhedsfremmeforskning, samt praksisbaseret abstract fra partnerskabsinitiativtager Københavns kommune (Partnerskabsprojektet nye veje til trivsel og bevægelse i boligområder).',
  themes: ['Sundhedsfremme gennem partnerskaber'],
  keywords: ['Trivsel', 'bevægelse', 'beboerinddragelse', 'relationsdannelse'],
  contacts: [
    {
      name: 'Tine Gomard',
      jobTitle: null,
      department: 'Sundheds- og Omsorgscenter Midt',
      organisation: 'Roskilde Kommune',
      phone: null,
      email: 'tinego@roskilde.dk',
    },
    {
      name: 'Jens Kristoffersen',
      jobTitle: null,
      department: 'Social- og Sundhedsafdelingen',
      organisation: 'Køge Kommune',
      phone: null,
      email: 'jens.kristoffersen@koege.dk',
    },
  ],
  learnings:
    'Erfaringer med praksispartnerskab mellem sundhedsafdeling i kommune og boligorganisation, samt med aktiviteter der bygger bro (øger den sociale kapital), forankringspotentialet der vokser med beboernes involvering, og som dermed medvirker til at øge empowerment hos beboere.',
  background:
    'I udsatte boligområder er problemstillingen vedr. ulighed i sundhed særligt udtalt, pga. beboernes levevilkår og sundhedsadfærd. I partnerskabsprojektet Nye veje til trivsel og bevægelse i boligområder sættes der bl.a. fokus på hvordan trivsel og bevægelse kan øges, ved at understøtte og udvikle sociale netværk i boligområder i et sundhedsperspektiv. Partnerskabet har dermed opnået erfaringer med sundhedsfremmende aktiviteter i både nye og eksisterende netværk, drevet af høj beboerinvolvering og i et ressourcensammenspil mellem boligselskaber og kommuner.',
  targetGroupPrimary: 'Udsatte beboere i boligområderne. For de udvalgte cases er det kvinder og familier.',
  targetGroups: ['Udsatte beboere', 'Kvinder', 'Familier'],
  activities: 'arbejdsgruppeprocesser, fysisk aktivitet, madlavningsforløb, fester, fællesspisning, bål-arrangement m.m.',
  expectedResults:
    'Øget trivsel/sundhed og social kapital, samt styrket forankring af tiltag og aktiviteter via beboerdrevet udvikling.',
  actualResults:
    'Aktive og inkluderende netværk. Øget bevægelse: flere beboere kommer ud af lejlighederne, deltager i fælles aktiviteter, deltager i fysiske aktiviteter.',
  process:
    'Opsøgende og mobiliserende aktiviteter initieret i et samarbejde mellem boligselskab og kommune, med fokus på beboerønsker og behov. Understøttende udviklings- og implementeringsindsats med beboerne som drivende kraft. Styrket forankring med beboere som tovholder og videreudvikler. Kræver et åbent, tillidsfuldt og tålmodigt partnerskab, der evner at koble sig på beboernes logik.',
  materials: [
    {
      title: 'Vedlagt dokumentation: Partnerskabet Nye veje til trivsel og bevægelse i boligområder',
      url: 'http://sundhed.kk.dk/artikel/partnerskabet-nye-veje-til-trivsel-og-bev%C3%A6gelse-i-boligomr%C3%A5der',
    },
  ],
});
