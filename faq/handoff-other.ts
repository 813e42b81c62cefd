/**
 * Requests for a person in the UI languages without FAQ content (de, fr, pt, id, vi, ar): the phrase their
 * "none" reply asks for, and the plain forms of asking; and Japanese and Korean typed in Latin letters (romaji,
 * romanised Hangul). Regex sources on normalised text (accents dropped; Vietnamese
 * đ stays đ), compiled by ./handoff.ts; every source is linear (tests/server/regex-safety).
 */
export const OTHER: readonly string[] = [
  // de
  '\\b(?:mit|zu) (?:einem |einer |einen |dem |der |ihrem |ihrer |ihren |eurem |eurer )?(?:echten )?(?:mitarbeiter|mitarbeiterin|mensch(?:en)?|berater|person|kundenservice|kundendienst|support|vorgesetzten|vorgesetzter)\\b',
  '^(?:bitte )?(?:einen? |ein )?(?:echte[nr]? )?(?:mitarbeiter|mitarbeiterin|mensch(?:en)?|berater|kundendienst|kundenservice|person)(?: bitte)?$',
  '\\bruckruf\\b|\\bzuruckrufen\\b|\\bruf(?:en sie)? mich (?:bitte )?(?:zuruck|an)\\b|\\b(?:kann|konnte|konnen|konnten) mich (?:bitte )?(?:jemand|einer|ein mitarbeiter)(?: (?:vom|aus dem) (?:support|kundenservice|kundendienst|team))? (?:zuruck)?(?:anrufen|rufen)\\b',
  // someone to talk with, one wanted (ich brauche einen Mitarbeiter), a real one (einen echten Menschen), or whether one is there (gibt es hier einen Mitarbeiter)
  '\\bmit jemandem (?:sprechen|reden)\\b|\\b(?:brauche|mochte|will|hatte gern|hatte gerne) (?:einen |eine |ein )?(?:echten )?(?:mitarbeiter|mitarbeiterin|menschen|berater|beraterin)\\b',
  '\\becht(?:e|en|er) (?:mensch(?:en)?|person|mitarbeiter(?:in)?)\\b|\\bgibt es (?:hier |da )?(?:einen |eine )?(?:menschen|mitarbeiter|mitarbeiterin)\\b',
  // someone asked to help or explain, the message's end (kann mir jemand das erklären; as "can someone help me")
  '\\b(?:kann|konnte|kannst|konnten) (?:mir )?(?:bitte )?(?:jemand|einer|ein mensch|ein mitarbeiter)(?: mir)?(?: bitte)? (?:(?:das|es|dies) )?(?:helfen|erklaren)(?: bitte)?$|^(?:bitte )?(?:hilft|helft) mir (?:bitte )?(?:jemand|einer)(?: bitte)?$',
  // fr
  '\\bparler (?:a|avec|au|aux) (?:un |une |quelqu ?un|le |la )?(?:vrai |vraie )?(?:conseiller|conseillere|humain|agent|personne|operateur|operatrice|service client|responsable)',
  '\\bparler (?:a|avec) quelqu ?un\\b',
  '\\b(?:passez|passe|mettez|mets|transferez|transfere) moi (?:un |une |le |la |au |a la )?(?:conseiller|conseillere|agent|humain|operateur|operatrice|service client|support|quelqu ?un)',
  // help from a real one (besoin d'aide d'une vraie personne), a call (quelqu'un du support peut m'appeler)
  '\\bbesoin (?:d ?aide |de l ?aide )?(?:d ?un |d ?une |de )(?:vrai |vraie )?(?:humain|personne|conseiller|conseillere|agent|operateur)\\b(?! (?:pour (?:envoyer|payer|transferer)|a qui))|\\b(?:peut|peuvent|pouvez|pourriez|pourrait)(?: vous)? m ?(?:appeler|rappeler|telephoner)\\b',
  '\\ben (?:relation|contact) avec (?:un |une |le |la )?(?:conseiller|conseillere|agent|humain|operateur|operatrice|service client)',
  '\\b(?:veux|voudrais|aimerais) (?:un |une )?(?:vrai |vraie )?(?:humain|conseiller|conseillere|agent|operateur|operatrice)\\b',
  '\\bme rappeler\\b|\\b(?:rappelez|appelez|rappelle|appelle) moi\\b',
  '^(?:un |une )?(?:conseiller|conseillere|agent|humain|operateur)(?: svp| s ?il vous plait| please)?$',
  '^(?:quelqu ?un (?:aidez|aide) moi|(?:aidez|aide) moi quelqu ?un)(?: svp| stp| s ?il vous plait)?$|\\bquelqu ?un (?:peut|pourrait|pourra|peut il)(?: me)? (?:m ?aider|m ?expliquer|l ?expliquer|me l ?expliquer|me repondre)(?: svp| stp| s ?il vous plait| please)?$',
  // pt
  '\\b(?:falar|conversar|fale) com (?:um |uma |o |a )?(?:atendente|humano|pessoa|agente|operador|operadora|suporte|gerente|supervisor|supervisora|alguem)',
  '\\b(?:quero|queria|preciso de|preciso|gostaria de) (?:um |uma )?(?:atendente|humano|pessoa real|pessoa de verdade|agente|operador|operadora)\\b',
  // not the robot (não quero falar com robô), help from a real one (ajuda de uma pessoa de verdade)
  '\\bnao quero (?:falar |conversar )?(?:com )?(?:o |um |uma )?(?:robo|bot|maquina)\\b|\\bajuda de (?:um |uma )?(?:atendente|humano|pessoa (?:real|de verdade))\\b',
  '\\b(?:transfere|transfira|passa|passe|conecta|conecte|encaminha)(?: me)? (?:para|pra|com) (?:um |uma |o |a )?(?:atendente|humano|pessoa|agente|operador|operadora|suporte)',
  '\\b(?:podem|pode|poderiam) me ligar\\b|\\bme (?:liga|ligue|liguem)\\b|\\bme (?:chama|chame|chamem) no (?:telefone|whats|whatsapp|zap)\\b|\\batendimento (?:humano|pessoal)\\b',
  '^(?:um |uma )?(?:atendente|humano)(?: por favor)?$',
  '^(?:por favor )?alguem (?:me )?(?:ajuda|ajude)(?: me)?(?: por favor| pfv| pf)?$|\\balguem (?:pode|poderia|consegue|podia)(?: me)? (?:ajudar|explicar|atender)(?: me)?(?: isso)?(?: por favor| pfv| pf| pfvr)?$',
  // id
  '\\b(?:bicara|berbicara|ngobrol|ngomong|hubungkan|sambungkan)(?: saya)? (?:dengan |ke |sama )?(?:petugas|manusia|agen|cs|customer service|tim (?:support|cs|dukungan)|orang|seseorang|atasan|supervisor|manajer)',
  '^(?:tolong )?(?:ada )?(?:yang|orang yang|seseorang yang) (?:bisa |dapat )?(?:bantu|membantu|jelaskan|menjelaskan|jelasin)(?: ke)?(?: (?:saya|aku|gue|gw))?(?: dong| tolong| please)?$',
  // not the machine (tidak mau bicara dengan mesin), a real one (orang sungguhan)
  '\\b(?:tidak|nggak|gak|ga) mau (?:bicara |ngobrol |ngomong )?(?:dengan |sama )?(?:mesin|bot|robot)\\b|\\b(?:orang|manusia|petugas) (?:sungguhan|beneran|asli|nyata)\\b',
  '^(?:minta |mau )?(?:petugas|cs|customer service|agen|operator)(?: dong| tolong| please| aja)?$',
  '\\b(?:telepon|telpon|telfon|hubungi) saya\\b|\\b(?:butuh|perlu|minta|mau) (?:bantuan )?(?:cs|petugas|customer service|manusia|agen)\\b',
  // vi (đ is not an accent: it stays after normalisation); call me (back), put me through (nối máy)
  '\\bgoi (?:lai |(?:d|đ)ien |lai (?:d|đ)ien )?cho (?:toi|minh|em)\\b|\\bnoi chuyen voi (?:mot )?(?:nguoi|con nguoi|ai (?:d|đ)o)(?: that)?$',
  '\\b(?:co ai|ai (?:d|đ)o) (?:co the )?(?:giup|giai thich(?: giup)?|ho tro|huong dan) (?:toi|minh|em)(?: (?:voi|đuoc|duoc|nhe))?(?: (?:khong|ko))?$',
  '\\bnoi may (?:cho (?:toi|minh) )?(?:voi |den |toi )?(?:nhan vien|tong (?:d|đ)ai vien|tu van vien)\\b',
  '\\b(?:gap|noi chuyen voi|ket noi voi|ket noi|chuyen sang|cho gap) (?:voi )?(?:nhan vien|nguoi that|tu van vien|tong (?:d|đ)ai vien|(?:nguoi )?quan ly|cap tren)',
  // put me through (kết nối tôi với bộ phận hỗ trợ), not the machine (không muốn nói chuyện với máy), a real one (một người thật)
  '\\b(?:ket noi|noi may|chuyen) (?:toi|minh|em) (?:voi|sang|den|qua) (?:nhan vien|nguoi that|tu van vien|(?:nguoi )?quan ly|bo phan (?:ho tro|cham soc khach hang|cskh))\\b',
  '\\bkhong muon (?:noi chuyen |chat )?(?:voi )?(?:may|bot|robot)\\b|\\b(?:can|muon) (?:gap )?(?:mot )?nguoi that\\b|\\bmuon gap (?:nguoi|nhan vien)$',
  '^(?:gap )?nhan vien$',
  '\\bnhan vien(?: ho tro| tu van| cskh)? (?:d|đ)au(?: roi| vay| ca)?$',
  // ar
  '(?:التحدث|تحدث|اتحدث|أتحدث|التكلم|اتكلم|أتكلم|اريد|أريد|احتاج|أحتاج|وصلني|حولني)(?: إلى| الى| مع)? (?:موظف|انسان|إنسان|شخص|خدمة العملاء|مدير|المدير|مشرف|المشرف)',
  '^(?:موظف|خدمة العملاء)(?: من فضلك| لو سمحت)?$',
  '(?:أكلم|اكلم|كلمني مع) (?:موظف|انسان|إنسان|شخص|خدمة العملاء|مدير|أحد|احد)|(?:اربطني|اربطوني|وصلني|وصلوني|حولني|حولوني) ب(?:أحد|احد)? ?(?:ال)?(?:موظف|دعم|مدير|مشرف)|(?:حولني|وصلني|حولوني|وصلوني) ل(?:موظف|انسان|إنسان|شخص|خدمة العملاء|مدير)',
  '(?:يمكن|يستطيع) (?:لأحد|لاحد|أحد|احد)(?: أن| ان)? (?:مساعدتي|يساعدني|يشرح لي)|^(?:ساعدني|ساعدوني) (?:أحد|احد)|^(?:أحد|احد) (?:يساعدني|ساعدني)',
  // a real person (شخص حقيقي), a call (اتصلوا بي), no robot (لا أريد روبوت)
  '(?:شخص|انسان|إنسان|موظف) حقيقي|(?:اتصلوا|اتصل|اتصلي) (?:بي|علي)|(?:لا اريد|لا أريد) (?:روبوت|الروبوت|بوت|البوت)',
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

/**
 * "Is anyone there?" in the UI languages without FAQ content (il y a quelqu'un, tem alguém aí, có ai ở đây không, ada orang
 * di sini): a request only as the whole message, as in the pack languages (see ALONE in ./handoff-cjk.ts).
 */
export const OTHER_ALONE: readonly string[] = [
  '^(?:bonjour |allo )?(?:est ce quil y a|il y a|y a t il|ya) (?:quelquun|une personne|un conseiller|un humain)(?: la| ici)?$',
  '^(?:ola |oi |alo )?(?:tem|ha) (?:alguem|algum atendente|alguma pessoa|um atendente|atendente|atendentes|algum humano|um humano)(?: ai| ali| aqui| por ai)?$',
  '^(?:halo |permisi )?ada (?:orang|petugas|manusia|cs|admin)(?: asli| beneran| nyata)?(?: di ?sini| di ?situ)?(?: gak| nggak| ga| tidak)?$',
  '^(?:alo |xin chao )?co (?:ai|nhan vien|nguoi that) (?:o (?:đ|d)ay |o (?:đ|d)o )?(?:khong|ko)(?: vay| the| a)?$',
  '^(?:hallo )?(?:ist )?(?:da |hier )?(?:jemand|ein mensch|ein mitarbeiter) (?:da|hier)$|^(?:hallo )?ist (?:da |hier )(?:jemand|ein mensch|ein mitarbeiter)$',
  '^هل (?:يوجد|هناك) (?:موظف|شخص|احد|أحد|انسان|إنسان)(?: حقيقي)?(?: هنا)?(?: (?:اتحدث|أتحدث|اتكلم|أتكلم) معه)?$',
  '^(?:cs|petugas|admin)(?:nya)? (?:mana|di ?mana)$',
];
