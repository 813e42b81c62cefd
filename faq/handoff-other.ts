/**
 * Requests for a person in the UI languages without FAQ content (de, fr, pt, id, vi, ar): the phrase their
 * "none" reply asks for, and the plain forms of asking; and Japanese and Korean typed in Latin letters (romaji,
 * romanised Hangul). Regex sources on normalised text (accents dropped; Vietnamese
 * đ stays đ), compiled by ./handoff.ts; every source is linear (tests/server/regex-safety).
 */
export const OTHER: readonly string[] = [
  // de
  '\\b(?:mit|zu) (?:einem |einer |einen |dem |der )?(?:echten )?(?:mitarbeiter|mitarbeiterin|mensch(?:en)?|berater|person|kundenservice|kundendienst)\\b',
  '^(?:einen? |ein )?(?:echte[nr]? )?(?:mitarbeiter|mitarbeiterin|mensch(?:en)?|berater|kundendienst|kundenservice|person)(?: bitte)?$',
  '\\bruckruf\\b|\\bzuruckrufen\\b|\\bruf(?:en sie)? mich (?:bitte )?(?:zuruck|an)\\b',
  // fr
  '\\bparler (?:a|avec) (?:un |une |quelqu ?un|le |la )?(?:vrai |vraie )?(?:conseiller|conseillere|humain|agent|personne|operateur|operatrice|service client)',
  '\\bparler (?:a|avec) quelqu ?un\\b',
  '\\b(?:passez|passe|mettez|mets|transferez|transfere) moi (?:un |une |le |la )?(?:conseiller|conseillere|agent|humain|operateur|operatrice|service client|quelqu ?un)',
  '\\ben relation avec (?:un |une |le |la )?(?:conseiller|conseillere|agent|humain|operateur|operatrice|service client)',
  '\\b(?:veux|voudrais|aimerais) (?:un |une )?(?:vrai |vraie )?(?:humain|conseiller|conseillere|agent|operateur|operatrice)\\b',
  '\\bme rappeler\\b|\\brappelez moi\\b',
  '^(?:un |une )?(?:conseiller|conseillere|agent|humain|operateur)(?: svp| s ?il vous plait| please)?$',
  // pt
  '\\b(?:falar|conversar|fale) com (?:um |uma |o |a )?(?:atendente|humano|pessoa|agente|operador|operadora)',
  '\\b(?:transfere|transfira|passa|passe|conecta|conecte|encaminha)(?: me)? (?:para|pra|com) (?:um |uma |o |a )?(?:atendente|humano|pessoa|agente|operador|operadora|suporte)',
  '\\b(?:podem|pode|poderiam) me ligar\\b|\\bme liguem?\\b',
  '^(?:um |uma )?(?:atendente|humano)(?: por favor)?$',
  // id
  '\\b(?:bicara|berbicara|ngobrol|hubungkan|sambungkan)(?: saya)? (?:dengan |ke |sama )?(?:petugas|manusia|agen|cs|customer service|orang)',
  '^(?:minta )?petugas(?: dong| tolong| please)?$',
  '\\b(?:telepon|telpon|hubungi) saya (?:kembali|balik)\\b',
  // vi (đ is not an accent: it stays after normalisation)
  '\\b(?:gap|noi chuyen voi|ket noi voi|ket noi|chuyen sang|cho gap) (?:voi )?(?:nhan vien|nguoi that|tu van vien|tong (?:d|đ)ai vien)',
  '^(?:gap )?nhan vien$',
  '\\bnhan vien(?: ho tro| tu van| cskh)? (?:d|đ)au(?: roi| vay| ca)?$',
  // ar
  '(?:التحدث|تحدث|اتحدث|أتحدث|التكلم|اتكلم|أتكلم|اريد|أريد|وصلني|حولني)(?: إلى| الى| مع)? (?:موظف|انسان|إنسان|شخص|خدمة العملاء)',
  '^(?:موظف|خدمة العملاء)(?: من فضلك| لو سمحت)?$',
  // Chinese in pinyin: zhuan rengong, zhao kefu, zhen ren
  '\\b(?:zhuan|zhao|yao|jie|gei wo|wo yao|qing zhuan)(?: (?:ge|yi ge|yige))? ?(?:ren ?gong|zhen ?ren|ke ?fu)\\b|^(?:ren ?gong|zhen ?ren)(?: ?ke ?fu)?(?: (?:ba|a|la|please|pls))?$|^(?:z ?)?rg$',
  // Japanese in romaji (operetaa ni tsunaide kudasai, tantousha to hanashitai) and Korean romanised (sangdamwon yeongyeol
  // haejuseyo): a person, maybe a particle, and asking to be put through, talk, or for them
  '\\b(?:operetaa|opereta|opereetaa|operator|tantousha|tantosha|tantoosha|tantou no kata|ningen|hito|sutaffu|sekininsha|sekinin sha|joushi|joshi|ue no hito|kakari no hito)(?: san| no kata| sama)?(?: (?:ni|to|o|wo|de))? ' +
    '(?:tsunai|tunai|tsunag|kawat|kawar|hanashi|hanasi|hanase|renraku|taiou|onegai)',
  // someone there, asked (ohanashi dekiru hito imasu ka)
  '\\b(?:(?:o?hanashi dekiru|hanaseru|so?udan dekiru|wakaru|kuwashii) )?(?:hito|ningen|tantousha|tantosha|operetaa|sutaffu)(?: san)?(?: (?:wa|ga))? (?:imasu ?ka|imasen ?ka|inai no|irasshaimasu ?ka)\\b',
  '\\b(?:sangdam ?(?:won|weon|sa)|jikwon|jigwon|damdangja|chaegimja)(?: ?(?:nim|bun))?(?: (?:gwa|wa|hago|irang|rang|hante|ege|eul|reul|i|ga))? ' +
    '(?:yeongyeol|yeongyul|yeon gyeol|yeongyeul|bakkwo|bakwo|bulleo|bulreo|tonghwa|daehwa|yaegi|iyagi)',
];
