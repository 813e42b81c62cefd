/**
 * Requests for a person in English and Spanish, as regex sources on normalised text (lower case, no accents,
 * no apostrophes, punctuation a space). Compiled by ./handoff.ts; every source is linear (tests/server/regex-safety).
 */

const EN_CUSTOMER = '(?:customer|costumer|custumer|cusotmer|cutomer)';
/** Service, and how it is mistyped. */
const EN_SERVICE = '(?:services?|servise|serivce|sevice)';
const EN_HUMAN_WORD =
  '(?:human beings?|human|humen|humna|huamn|humann|hooman|person|peson|agent|agnet|representatives?|representitive|represenative|reprensentative|reps?|operators?|opertor)';
/** A named desk: "the fraud team", "your billing department", "the complaints department". */
const EN_TEAM =
  '(?:fraud|anti fraud|security|complaints?|billing|claims|disputes?|risk|accounts?|payments?|refunds?|technical|tech|compliance|kyc|verification|legal|chargebacks?|escalations?) (?:team|department|dept|desk|unit|officer|specialist|analyst|staff)';
const EN_PERSON =
  '(?:(?:a|an|the|some|your|ur|yr|one|of|real|reel|live|actual|human|proper|senior|more senior|higher level) ){0,4}' +
  `(?:${EN_HUMAN_WORD}|humans|people|agents|employee|employees|whoever (?:handles|deals with|is in charge|is responsible|can help|is handling|manages)|specialist|consultant|expert|someone|somebody|sombody|somone|anyone|anybody|staff|staff member|member of staff|team member|members? of (?:your |ur |the )?(?:team|support team|staff|support|customer service)|advisors?|advisers?|specialists|consultants|colleague|colleagues|you guys|u guys|your people|` +
  `${EN_CUSTOMER} (?:${EN_SERVICE}|support|care)(?: agent| rep| representative| team| executive| officer)?|support (?:agent|team|staff|specialist|officer|executive|guy|person)|team|live chat|manager|supervisor|boss|ppl|` +
  // "cs" is how customer service is texted ("can i talk to ur cs", "connect me to cs team"); an officer is staff in SG/MY/IN English
  `cs(?: agent| rep| team| staff| officer| executive)?|officers?|executives?|team (?:leader|lead)|concerned (?:person|department|dept|team|officer|executive|staff|authority)|(?:real|actual|live) one|` +
  `(?:live|human|real) support|${EN_TEAM}|management|(?:senior|upper|higher) management|(?:someone|somebody) (?:higher up|more senior|senior)|higher ups|` +
  // the desk above the first one ("escalate me to tier 2", "can i be escalated to second line support")
  `(?:tier|level) (?:2|3|two|three|ii)(?: support| team| agent| staff)?|(?:second|2nd|third|3rd|higher|next) (?:line|level|tier)(?: support| team| agent| staff)?)`;
const EN_HUMAN =
  `(?:(?:a|an|the|real|live|actual|some|your) ){0,4}(?:${EN_HUMAN_WORD}|staff|real person|live person|customer service rep|manager|supervisor|team (?:leader|lead)|boss|` +
  `${EN_CUSTOMER} (?:service|support|care))`;
/** What one is put through to, besides a person: the support desk itself. */
const EN_DESK = `(?:${EN_PERSON}|(?:the |your )?(?:real |live |human )?(?:support|${EN_CUSTOMER} ${EN_SERVICE}|${EN_CUSTOMER} support|${EN_CUSTOMER} care|help desk|helpdesk))`;
/** A bot, and what a visitor says of one that does not help ("this bot is useless", "the chatbot doesnt understand me"). */
const EN_BOT = '(?:bot|bots|chatbot|chat bot|robot|virtual assistant)';
const EN_USELESS =
  '(?:useless|helpless|hopeless|unhelpful|not helping|not understanding|not helpful|no help|no use|of no use|stupid|dumb|rubbish|garbage|trash|worthless|pointless|terrible|awful|a joke|' +
  '(?:doesnt|does not|cant|cannot|wont|isnt|is not|dont|do not) (?:help|understand|get it|work))';

export const EN: readonly string[] = [
  `\\b(?:talk|tlk|tlak|takl|tok|speak|speek|spaek|chat|talking|speaking|chatting)(?: (?:to|with|2|w))? ${EN_PERSON}\\b`,
  `\\b(?:talk|speak|speek|chat|talking|speaking|chatting) (?:to|with) ${EN_DESK}\\b`,
  `\\b(?:connect|transfer|put|pass|forward|escalate|redirect|route|switch|hand|patch|endorse)(?: me| this| it| my chat| this chat| the chat| my case| my call| my concern| this concern| my issue| my complaint)?(?: off| over)? (?:to|through to|with|w|over to) ${EN_PERSON}\\b`,
  `\\b(?:can|could|would|will|need|want|like|let|have|get) (?:someone|somebody|anyone|anybody|a person|a human|an agent) (?:from|of|on|in) (?:the |your )?(?:support|${EN_CUSTOMER} (?:service|support|care)|staff|team|support team|service team)(?: (?:team|department|dept|desk))?(?: (?:actually|just|please|possibly|maybe|quickly|really))?(?: (?:help|assist|call|contact|look|check|talk|speak|chat|handle|get back|please)\\b|$)`,
  '\\b(?:is|are) there (?:actually |really |even )?(?:any |a |an )?(?:customer service |support |live |real |actual )?(?:humans?|real (?:people|persons?)|live agents?|agents?|people|persons?|staff|representatives?|operators?|managers?|supervisors?) (?:working|answering|replying|responding|there|available|around|online|(?:i|we) (?:can|could|may|might)|to)\\b',
  `\\b(?:get|want|need|give me|gimme|demand|request|prefer|id like|would like|(?:can|could|may) i have)(?: me)?(?: to)? ${EN_HUMAN}\\b(?! (?:readable|verification|check|test))`,
  // "somebody call me", "someone please ring me back": anyone told to call, the message's or a clause's start
  '^(?:please |pls |can |could )?(?:someone|somebody|anyone|anybody|sum1|some1) (?:please |pls |just )?(?:call|ring|phone|contact) me\\b',
  // "ok forget it, I'll just take a human": one taken instead, the message's end
  '\\b(?:ill|i will|id|i would) (?:just |rather )?take (?:a |an )?(?:real |live |actual )?(?:human|person|agent|representative)(?: (?:then|instead|please|thanks))?$',
  // "i want to contact a real person", "how can i reach a human" (not "change the contact person")
  `(?:^|\\b(?:to|i|me|please|pls|can|could|must|wanna|lemme) )(?:contact|reach|ring|message) (?:a |an |some )?(?:real |live |actual )?(?:${EN_HUMAN_WORD}|people|ppl)\\b`,
  // "pls help me contact with your staff": contacting with someone, as it is said where English is a second language
  '(?:^|\\b(?:me|please|pls|plz|i|want to|need to|let me) )(?:contact|reach) with (?:your |ur |the |a |an )?(?:staff|agents?|human|person|representative|executive|officer|customer (?:care|service|support)|support team)\\b',
  '^(?:please )?escalate(?: please| pls| now)?$|^(?:live|human|real) (?:support|help|chat|person|agent)(?: please| pls| now)?$',
  // A call back: "i want a callback", "can you call me back", "could someone give me a call"
  '\\b(?:want|need|like|get|request|arrange|book|schedule|have) (?:a )?call ?back\\b|\\b(?:can|could|would|will|please) (?:you |someone |somebody |an agent )?(?:call|phone|ring) me\\b|^(?:can i|could i|may i|id like|i would like|i want|i need)(?: to)?(?: get| have| receive| request)? (?:a )?(?:phone call|call)(?: back)?(?: from (?:someone|somebody|an agent|support|your team|a person|a human))?(?: please| pls| today| asap)?$|\\bgive me (?:a )?(?:call|ring|phone call)(?: back)?(?: please| pls| asap| today| now| later(?: today)?| this (?:morning|afternoon|evening)| tomorrow| when you can)?$',
  `\\b(?:help|assistance|support) from (?:a |an |the |some |your )?(?:real |live |actual )?(?:person|human|agent|staff|representative|someone|somebody|support team|team|support staff|${EN_CUSTOMER} (?:service|support|care)(?: person| agent| executive| officer| team)?)\\b`,
  // "i need a real person's help", "human assistance"
  '\\b(?:real |live |actual )?(?:persons|humans|human|agents|staff) (?:help|assistance)\\b',
  '\\bput (?:a |an )?(?:real |live )?(?:person|human|agent|someone|somebody|manager|supervisor) on\\b|\\bput (?:a |an |one of your )?(?:colleagues?|staff member|representative|specialist) on(?: (?:please|pls|now|instead|for me))*$',
  // "put me on with someone from the team", "do real people answer here"
  `\\bput (?:me|us) on (?:with|to) ${EN_PERSON}\\b|\\bsort (?:this|it|that) out with ${EN_PERSON}\\b`,
  '\\bare (?:real |actual |live )?(?:humans|people|persons) (?:reading|answering|behind) (?:this|these|my)(?: (?:chat|chats|messages?|questions?))?$',
  '\\bdo (?:real|actual|live) (?:people|humans|persons|agents) (?:ever |actually |really )?(?:answer|reply|respond)(?: (?:here|this chat|these (?:chats|messages)|my (?:messages|questions)|me|to me))?(?: or|$)',
  // "i need to explain this to a person", "real person needed"
  '\\b(?:need|want|like|have|let me|can i|could i) (?:to )?explain (?:this|it|my (?:case|situation|problem|issue)) to (?:a |an |some )?(?:real |live |actual )?(?:person|human|agent|someone|somebody|representative|staff member)\\b',
  '^(?:a )?(?:real|live|actual) (?:person|human|agent) (?:needed|required|wanted)(?: please| pls| now| asap)?$',
  '\\b(?:get me|give me|find me|send me|i need|i want) (?:someone|somebody|a person|a human) (?:who|that|to talk|to speak|real|from)\\b',
  '\\bis (?:a |an )?(?:live |real |human )?(?:person|human|agent|someone|anyone|representative|rep|operator) (?:available|there|online|around|able to help)\\b',
  '\\bis there (?:a |an )?(?:anyone |someone |somebody |person |human )?(?:real|human|live|actual (?:human|person|people|agent|employee))\\b(?! (?:readable|verification|check|test))',
  // "is a human going to reply to me", "is this chat staffed by real people"
  '\\bis (?:a |an )?(?:real |live )?(?:human|person|agent|someone|anyone|anybody) (?:ever )?(?:going to|gonna) (?:reply|answer|respond|talk to me|get back to me)\\b|\\bstaffed by (?:real |actual |live )?(?:people|humans|persons|agents)\\b',
  `^(?:hi |hello |hey )?(?:please )?(?:a |an )?(?:real |live |human )?(?:${EN_HUMAN_WORD}|` +
    `${EN_CUSTOMER} service|${EN_CUSTOMER} support|${EN_CUSTOMER} care|cs|cs agent|live chat|live agent|live rep|real person|specialist|staff|staff member|` +
    `(?:someone|somebody) from (?:the |your )?(?:support|support team|team|customer (?:service|support|care)|${EN_TEAM}))(?: here)?(?: please| pls| plz| now| asap| thx| thanks| thank you){0,2}$`,
  // "I need a real one", "just get me someone", "get your tech people to look at this"
  '\\b(?:need|want|get me|give me|prefer) (?:a |an )?(?:real|actual|live|human) one\\b|\\b(?:just )?(?:get|find) me (?:someone|somebody|a person|a human)(?: please| now| already)?$',
  '\\b(?:get|have|ask) (?:your |the )?(?:tech|technical|support|it) (?:people|team|guys|staff|person) to (?:look|check|fix|review|handle)\\b',
  '\\bhuman (?:please|pls|agent|support|being please)\\b',
  // "is there someone i can talk to", "any humans around?", "is anybody there who can help me", "is there someone i can actually speak to"
  '\\b(?:is|are) (?:there )?(?:someone|somebody|anyone|anybody)(?: real)? (?:there )?(?:i can|i could|who can|who could|to) (?:actually |really )?(?:talk|speak|chat|help|explain (?:this|it|that|my (?:case|situation|problem|issue))(?: to)?$)\\b',
  // "can i get someone on the phone", "can i get a hold of someone"
  '\\b(?:can|could|may) i get (?:a )?hold of (?:someone|somebody|a person|a human|an agent|a rep)\\b',
  '\\bget (?:someone|somebody|a person|a human|an agent|a rep|a representative|(?:a |an )?(?:real|live|actual) (?:person|human|agent)|(?:the |your )?(?:support|customer (?:service|support|care)|help desk|helpdesk) (?:team|department|dept|staff)) on (?:the (?:phone|line)|this|it|my case)\\b',
  // "any live person?", "hello any cs here?"
  '^(?:(?:hi|hello|hey) )?(?:are there )?any (?:live |real |human )?(?:humans?|real people|people|persons?|agents?|staff|reps?|cs)(?: (?:around|there|here|available|online)\\b|$)',
  // "are any of your staff online", "is anyone from support available right now"
  '\\b(?:is|are) (?:any|anyone|anybody|someone|somebody)(?: real| human| live)?(?: (?:of|from|in|on)(?: your| the)?)?(?: (?:staff|agents?|humans?|people|reps?|representatives?|operators?|team|support|support team|customer service))? (?:online|available|around|free)\\b',
  // "where is a real human", "where are the humans"
  '\\bwhere (?:is|are) (?:a |an |the |your )?(?:(?:real|live|actual) (?:humans?|persons?|people|agents?)|humans?|human beings?)\\b',
  // "i'd like to be transferred to an agent", "can i be connected to support"
  `\\b(?:be|get|getting|being) (?:transferred|connected|put through|passed|sent|forwarded|escalated) (?:to|over to|with|through to) ${EN_DESK}\\b`,
  `\\b(?:connect|transfer|put|pass|forward) me (?:to|through to|with) ${EN_DESK}$`,
  // "i would like to be attended to by a staff", "can i be assisted by a real person" (not "my case is being handled by an agent")
  `\\b(?:be|get) (?:attended to|attended|served|assisted|helped) by ${EN_PERSON}\\b`,
  // "please have a person contact me", "can someone from support call me", "can a member of staff call me" (a call back)
  `\\b(?:have|get|can|could|may|will|would) (?:a |an |some |your |one of your )?(?:real |live )?(?:person|human|agent|someone|somebody|representative|rep|staff|staff member|member of staff|member of (?:your |the )?(?:team|support team|staff)|team member|manager|supervisor|specialist|advisor|adviser|executive|officer|team|support team|support|(?:the )?(?:support|customer (?:service|support|care)) (?:team|department|dept))(?: from (?:the |your )?(?:support|team|customer service|${EN_TEAM}|fraud|security|billing|complaints|disputes))? (?:(?:contact|call|phone|ring|email|reach|get back to) me|reach out)\\b`,
  // "revert back with an executive" (Indian English: reply with a person on the case)
  '\\brevert(?: back)?(?: to me)? with (?:a |an |your |the )?(?:executive|agent|person|human|representative|officer|staff member|manager|supervisor)\\b',
  // "i'd prefer a voice call with someone from support" (not "i had a phone call with an agent"); "human not AI"
  `\\b(?:prefer|want|need|like|request|get|arrange|book|schedule|set up|have|do) (?:a |an )?(?:voice|video|phone) (?:call|chat) with ${EN_DESK}\\b`,
  // "i want someone in charge to explain it", "can a human read this please", "can someone do a screen share with me"
  '\\b(?:want|need|like|get|have) (?:someone|somebody|a person) (?:in charge|responsible|senior|from management|higher up) to (?:explain|call|contact|look|review|tell|answer)\\b',
  '\\b(?:can|could|will|would) (?:a |an |any )?(?:real |actual |live )?(?:human|person|agent|rep|someone|somebody|anyone|anybody)(?: real)? (?:please |actually )?(?:read|see|look at) (?:this|my (?:message|messages|chat|question))\\b',
  '\\b(?:someone|somebody|anyone|an agent|a person|a human|a rep|your (?:team|staff|support))\\b.{0,20}?\\b(?:screen ?share|screen sharing|share (?:my |the |your |a )?screen)\\b',
  // "could i talk it through with one of your staff"; "can one of your people call him" (someone the visitor speaks for)
  `\\b(?:talk|go) (?:it|this|that|things|everything) (?:through|over) with ${EN_PERSON}\\b`,
  '\\b(?:can|could|would|will) (?:someone|somebody|one of your (?:people|staff|agents|team|colleagues)|a (?:person|human|staff member|representative|rep)|an agent|your (?:staff|team|agents|people)) (?:please )?(?:call|phone|ring|contact) (?:him|her|them|my (?:dad|father|mom|mum|mother|parents?|grandma|grandmother|grandpa|grandfather|husband|wife|son|daughter))\\b',
  '\\b(?:a )?(?:human|real person|person|agent|people) (?:not|instead of|rather than) (?:a |an |the |this )?(?:ai|bot|chatbot|robot|machine)\\b',
  // "i want to make a complaint to a manager", "please escalate this", "can a real person look at my case"
  '\\bcomplain(?:t)? (?:to|with) (?:a |an |the |your )?(?:real |live |actual )?(?:manager|supervisor|human|person|someone|somebody)\\b',
  '\\bescalate (?:this|it|my (?:case|issue|problem|complaint|ticket)|the (?:case|issue|problem))\\b',
  // "i want to raise this with your management", "take it up with a supervisor"
  `\\b(?:raise|take) (?:this|it|my (?:case|issue|problem|complaint|concern)|the (?:case|issue|problem|matter)) (?:up )?with ${EN_PERSON}\\b`,
  '\\b(?:want|need|like|get|can|could|may|have|let) (?:a|an|some|one) (?:(?:real|live|actual) ){0,2}(?:human|person|agent|staff member|representative|employee|colleague|team member) (?:to )?(?:look at|looks at|look into|looks into|look (?:this |it |that )?up|check|review|handle|take over|take a look|have a look|see to)\\b',
  // "i'd be grateful if a consultant could take a look", "i was hoping that someone from your team could call me": asked by its courtesy
  '\\b(?:if|that) (?:a|an|one of your|someone from your team|somebody from your team) (?:real |live )?(?:human|person|agent|staff member|representative|employee|colleague|team member|consultant|specialist|advisor|adviser|manager|supervisor|someone|somebody)? ?(?:could|can|would|might) (?:take a look|look into (?:this|it|my)|look at (?:this|it|my)|call me|ring me|contact me|get back to me|help me)\\b',
  '\\b(?:bring|loop) (?:in |me |us )?(?:a |an |some |your |the )?(?:real |live )?(?:human|person|agent|someone|somebody|manager|supervisor)(?: in)?\\b',
  '\\b(?:not|no|stop|dont want|dont want to talk to|hate) (?:a |the |this |talking to (?:a |the )?)?(?:bot|robot|machine)\\b',
  // "can you put me in touch with customer support" (not "how do i get in touch with your team"), "i'd like someone to contact me by phone",
  // "can somebody actually help me" (not "can someone help me top up": a question for the bot)
  `\\b(?:put (?:me |us )?|get (?:me|us) )in touch with ${EN_DESK}\\b`,
  '\\b(?:someone|somebody|a person|a human|an agent|a representative|(?:someone|somebody) from (?:the |your )?(?:support|team|customer service)) to (?:call|phone|ring|contact|reach out to|get back to|email) me\\b',
  '\\b(?:can|could|will|would) (?:a |an |some |one of your )?(?:real |live )?(?:someone|somebody|anyone|anybody|person|human being|human|agent|representative|rep|staff|staff member|member of staff|team member|colleague)(?: of yours)?(?: actually| really| please| real| just)? (?:help|assist|step in|take over|answer|reply|respond|explain (?:this|it|that|things)(?: to me)?|explain)(?: me)?(?: with (?:this|it|that))?(?: please| pls| now| here| instead)?$',
  // "i would prefer to discuss it with a member of staff" (not "discuss it with my bank")
  `\\b(?:discuss|go over|go through) (?:this|it|that|my (?:case|issue|problem|situation|account|complaint))(?: further)? with ${EN_PERSON}\\b`,
  // "enough with the bot", "stop the automated replies"
  '\\benough (?:with |of )?(?:the |this |your )?(?:bot|bots|robot|chatbot)\\b|\\b(?:done|finished|fed up|sick|tired) (?:with|of) (?:this|the|your) (?:bot|chatbot|chat bot|robot)\\b|\\b(?:get|let) me out of (?:this|the) (?:bot|chatbot|chat bot|robot)\\b|\\b(?:stop|no more|enough) (?:the |these |your |with the )?(?:automated|automatic|canned|bot|robot) (?:replies|answers|responses|messages)\\b',
  // "can i get through to an actual person", "can i raise this with a person", "id like to have a word with a manager"
  `\\bget (?:through to|hold of) ${EN_PERSON}\\b|\\braise (?:this|it|my (?:case|issue|complaint|problem)) with ${EN_PERSON}\\b|\\bhave a word with ${EN_PERSON}\\b`,
  '\\b(?:need|want|like|have) to escalate\\b',
  // "can i reach someone by phone" (not "can i message someone in the app"), "id like a call from your team"
  '\\b(?:contact|reach|ring|speak to|talk to) (?:someone|somebody|anyone|anybody) (?:by phone|on the phone|over the phone|there|from (?:your|the) (?:team|company|support))\\b',
  `\\b(?:want|need|like|get|request|have|arrange|schedule|book|set up) a (?:phone )?call from (?:your |the |a |an )?(?:team|support|agent|person|human|representative|staff|someone|somebody|${EN_CUSTOMER} (?:service|support|care)|support team)\\b`,
  // "are your staff working today", "is anyone on right now": someone on now, asked for (not "are agents available on weekends": the hours)
  '\\b(?:is|are) (?:your |the |any (?:of )?(?:your |the )?)?(?:staff|agents?|people|support(?: team| staff)?|team|customer service(?: team)?|reps?|representatives?|operators?|humans?|advisors?|advisers?|anyone|anybody|someone|somebody)(?: members?)? (?:working|in|on|online|available|around|answering|there)(?: (?:right )?now| today| at the moment| currently| yet)\\b',
  // "is there anyone on the support desk right now"
  '\\bis there (?:anyone|anybody|someone|somebody) (?:on|at|manning|staffing) (?:the |your )?(?:support |help |service )?(?:desk|line|chat|phones)\\b',
  // "when will someone be there to help me", "when is a human going to answer" (someone waited for)
  '\\bwhen (?:will|is|can|does|do) (?:someone|somebody|anyone|anybody|a (?:real |live )?(?:person|human)|an agent|a rep)(?: actually| finally| ever| real)? (?:be (?:there|here|available|online|around)|(?:going to |gonna )?(?:answer|reply|respond|help|talk to|get back to) me)\\b',
  // "do you have real people working there", "i need someone to look into this", "i prefer to deal with a person"
  '\\bdo you (?:guys )?have (?:a |an |any )?(?:(?:real|live|actual|human) (?:people|persons?|humans?|agents?|staff|reps?|representatives?|operators?)|humans)\\b',
  '\\b(?:need|needs|want|wants|like|get|have) (?:someone|somebody|a person|a human|an agent|a real person|a staff member|an employee) to (?:look into|look at|check|review|handle|sort out|deal with|fix|take care of)\\b',
  `\\b(?:prefer|want|like|rather|let me|need) (?:to )?deal with ${EN_PERSON}(?: real| instead| please| not a bot)?$`,
  `\\b${EN_BOT}(?: is| isnt| are|s)? (?:(?:so|really|totally|completely|absolutely|just|not|of) )?${EN_USELESS}\\b`,
  // "send me to a real agent" (not "send money to a person"), "i would like to be contacted by an agent"
  `\\bsend me (?:over |back )?(?:to|through to) ${EN_PERSON}\\b`,
  // "transfer me", "call me", "ring me please" as the whole message
  '^(?:please )?(?:transfer|connect|escalate|put) me(?: through)?(?: please| pls| now)?$|^(?:id|i would) (?:like|prefer) to be (?:transferred|put through|escalated|connected)(?: please| now)?$|^(?:please )?(?:call|ring|phone) me(?: back)?(?: please| pls| asap| now| today)?$|^(?:please )?call ?back(?: please| pls| asap)?$',
  // "hook me up with a real person"
  `\\bhook (?:me |us )?up (?:with|w) ${EN_PERSON}\\b`,
  // "I'd still like an agent", "i really want to speak to a person"
  `\\b(?:id|i would|i) (?:still|really|much rather|rather|just) (?:like|want|need|prefer) (?:to (?:talk|speak|chat) (?:to|with) )?${EN_HUMAN}\\b`,
  // "mind connecting me with a rep?", "still waiting for an agent" (not "waiting for the agent to refund me")
  `\\b(?:connecting|transferring|putting|passing|forwarding|patching|switching) (?:me|us)(?: through| over| back)? (?:to|with|through to|w|over to) ${EN_PERSON}\\b`,
  '\\b(?:still|been|keep|am|im|are|were) waiting (?:for|on) (?:a |an |the |your |some )?(?:real |live |human )?(?:human|agent|person|rep|representative|operator|someone|somebody|staff|support)\\b(?! (?:to (?:refund|send|approve|process|reply to my email)|told|said|from))',
  `\\b(?:like|want|need|wish|prefer|request|ask|can i|could i|may i) (?:to )?be (?:contacted|called|phoned|rung)(?: back)? by ${EN_PERSON}\\b`,
  // "are there real humans behind this chat"
  '\\b(?:is|are) there (?:a |any )?(?:real |live |actual )?(?:humans?|persons?|people|human beings?) (?:behind|on the other end of|reading) (?:this|the)\\b',
  // Frustration with the bot: "this bot goes in circles", "it keeps giving me the same answer", "I've explained this three times"
  '\\b(?:bot|chatbot|robot|this|it|its|we|were|you|youre|chat|conversation)(?: is| are| just| keeps?)? (?:going|goes|go|running|runs|keeps? going) (?:a?round )?in circles\\b|\\b(?:this|it) is going nowhere\\b',
  '\\b(?:keeps?|keep on) (?:giving me|sending me|repeating|saying|showing me) (?:the same|the same (?:thing|answer|article|link|reply|message)s?)\\b|\\bsame (?:answer|reply|response|article|thing|link) (?:again|over and over|every time|each time)\\b',
  '\\b(?:explained|said|told you|asked|written|typed|described|repeated)(?: (?:this|it|that|my (?:problem|issue|question)))?(?: already)? (?:two|2|three|3|four|4|five|5|ten|10|several|many|multiple|so many|a (?:dozen|hundred|million)) times\\b',
];

const ES_PERSON =
  '(?:(?:un|una|el|la|algun|alguna|su|tu) )?(?:persona|humano|umano|agente|ajente|agent|human|real person|customer service|staff|empleado|empleada|asesor|asesora|operador|operadora|representante|alguien|' +
  'ejecutivo|ejecutiva|ser humano|soporte humano|atencion al cliente|servicio al cliente|supervisor|supervisora|encargado|encargada|responsable|jefe|jefa|gerente|especialista|experto|experta|ustedes|' +
  // one of the bot's colleagues: "pásame con algún compañero tuyo" (not "mi compañero de trabajo")
  '(?:companero|companera) (?:tuyo|tuya|suyo|suya|de ustedes|de soporte|del equipo)|' +
  // the staff as a group: "el personal", "personal de la empresa", "la gente de soporte" (not "mis datos personales", "la gente")
  '(?:personal|gente) (?:de (?:soporte|ustedes|atencion al cliente|servicio al cliente|la empresa)|del equipo)|(?<=\\bel )personal\\b)';
/** A person, maybe said to be real or from the team: "alguien del equipo", "un asesor humano", "alguien de ustedes". */
const ES_SOMEONE =
  `${ES_PERSON}(?: (?:real|humano|humana|de verdad|de carne y hueso|del equipo|de (?:su|tu) equipo|de ustedes|de soporte|del soporte|de la empresa|de atencion al cliente|de servicio al cliente))?`;
/** What one is put through to, besides a person: the support desk itself. */
const ES_DESK =
  `(?:${ES_PERSON}|(?:el |la )?(?:(?:area|equipo|departamento) de )?(?:soporte|atencion al cliente|servicio al cliente)|` +
  '(?:el |la )?(?:area|equipo|departamento) de (?:fraudes?|seguridad|reclamos|reclamaciones|quejas|cobros|pagos|reembolsos|cuentas|disputas))';
/** A person and nothing else (not the desk: "¿cómo me comunico con atención al cliente?" asks for its channels). */
const ES_HUMAN =
  '(?:(?:un|una|el|la|algun|alguna) )?(?:persona|personas|humano|umano|agente|asesor|asesora|operador|operadora|representante|alguien|ejecutivo|ejecutiva|ser humano)';
/** Wanting one: "ocupo" (Mexico) and "me urge" say needing. */
const ES_WANT = '(?:quiero|kiero|qiero|necesito|nesesito|nesecito|nececito|ocupo|urge|dame|atienda|atiende)';

/** "Hello? Is anybody there?": a request only as the whole message (see ALONE in ./handoff-cjk.ts). */
export const EN_ALONE: readonly string[] = [
  '^(?:hello |hi |hey |excuse me )?(?:is )?(?:there )?(?:anyone|anybody|someone|somebody) (?:(?:real|human|alive) )?(?:else )?(?:there|here|around|out there|awake|alive)$',
  // "that's not what I asked, anyone?", "is there anyone else", "somebody please help me"
  '^(?:hello |hi |hey )?(?:is there )?(?:anyone|anybody|someone|somebody)(?: else)?$|^(?:please )?(?:someone|somebody|anyone|anybody)(?: please)? help(?: me)?(?: please| pls)?$',
  '^(?:hola |oye |disculpe )?(?:hay )?(?:alguien|alguna persona)(?: mas)?(?: (?:ahi|alli|ahi dentro|por ahi|aqui|ahi del otro lado))?$',
];

export const ES: readonly string[] = [
  // "prefiero tratarlo con alguien del personal" (the matter named: not "tratar con alguien que no paga")
  `\\btratar(?:lo|la| esto| este tema| el tema| este asunto| el asunto| mi caso) con ${ES_PERSON}\\b`,
  `\\b(?:hablar|ablar|platicar|conversar|comunicar|comunicarme|comunicame|comunica|comuniqueme|chatear|contactar|habla|pasar|pasarme|pasa|atenderme|atenderte) (?:(?:por telefono|por chat|directamente|ahora|ya|un rato|un momento|un poco) )?(?:con |kon )?${ES_PERSON}\\b`,
  `\\b(?:como|donde|cuando) (?:hablo|hablamos|puedo hablar|me comunico|contacto a|puedo contactar a|le hago para hablar|hago para hablar|me pongo en contacto) (?:con )?${ES_HUMAN}\\b`,
  `\\b(?:transfiereme|transfierame|transferirme|derivame|pasame|paseme|pasas|pasan|pasais|pasadme|ponme|pongame|ponganme|ponedme|cambiame|cambieme|cambienme) (?:a|con) ${ES_PERSON}\\b`,
  `\\batencion (?:de|con|por parte de) ${ES_PERSON}\\b`,
  '\\bhay (?:algun |alguna |un )?(?:humano|persona real|ser humano)\\b|\\bhay (?:algun|alguna) (?:agente|asesor|operador)\\b',
  `\\b(?:pasame|pasenme|paseme|comunicame|transfiereme|${ES_WANT})(?: con| a| que me atienda)? ${ES_PERSON}\\b`,
  `\\b(?:mandame|mandenme|mandeme|enviame|envienme|envieme) (?:a )?${ES_PERSON}\\b`,
  '\\b(?:alguien|persona) (?:real|de verdad|de carne y hueso)\\b|\\bhay (?:gente|personas) (?:real|reales|de verdad|de carne y hueso)\\b',
  // "hay alguien con quien pueda hablar", "hay alguna persona con la que pueda hablar", "hay gente real con la que pueda hablar"
  '\\bhay (?:(?:algun|alguna|un|una) )?(?:alguien|persona|personas|gente|humano|agente|asesor|asesora|operador|operadora|ser humano)(?: real| reales| de verdad| del equipo| de (?:su|tu) equipo| de ustedes| de soporte)? (?:con (?:quien|quienes|el que|la que|los que|las que|el cual|la cual)|que) (?:pueda|puedo|me pueda|me puede|podria) (?:hablar|atender|atenderme|ayudar|ayudarme|revisar)\\b',
  `\\b(?:que|lo|me) (?:vea|atienda|revise|resuelva|explique) ${ES_PERSON}\\b`,
  '^(?:hola )?(?:por favor )?(?:un |una )?(?:agente|asesor|operador|humano|persona real|atencion al cliente)(?: por favor)?$',
  '\\bno (?:quiero )?(?:hablar con )?(?:un |el |una |la |al |los )?(?:bot|robot|maquina)s?\\b',
  // "me comunicas con atención al cliente", "hablar con soporte", "¿me pasas con el área de soporte?", "¿me puede comunicar con un agente?"
  `\\b(?:hablar|comunicame|comuniqueme|comuniquenme|conectame|conecteme|transfiereme|transfierame|derivame|pasame|paseme|pasenme|me (?:comunicas|comunica|comunican|comunicais|conectas|conecta|conectais|pasas|pasa|pasan|pasais|transfieres|transfiere|transfieren|derivas|deriva|derivan|derivais)) (?:con|a) ${ES_DESK}\\b`,
  `\\bme (?:puede|pueden|podria|podrian|puedes|podrias) (?:comunicar|pasar|transferir|conectar|derivar|poner) (?:con|a) ${ES_DESK}\\b`,
  // "¿podrían derivarme con un especialista?", "le pido que me transfiera con un agente"
  `\\bme (?:transfiera|transfieran|pase|pasen|comunique|comuniquen|derive|deriven|conecte|conecten|ponga|pongan) (?:con|a) ${ES_DESK}\\b`,
  `\\b(?:puede|pueden|podria|podrian|puedes|podrias|podeis|podriais)(?: usted| ustedes)? (?:comunicarme|pasarme|transferirme|conectarme|derivarme|ponerme) (?:con|a) ${ES_DESK}\\b`,
  // "me puede atender una persona", "necesito que me ayude una persona", "me gustaría que me atendiera una persona"
  `\\b(?:atender|atenderme|atiendame|atiendanme|atiendeme|me atienda|me atiendan|me atendiera|me atendieran|me ayude|me ayudara|ayudarme|me llame|me llamen|me llamara|me contacte|me contacten|me contactara|me escriba|me escriban|llamarme|contactarme|me responda|me respondan|me responde|me conteste|me contesten|me contesta) ${ES_PERSON}\\b`,
  // "con un asesor humano", "servicio al cliente por favor"
  `^(?:con )?(?:${ES_SOMEONE}|${ES_DESK})(?: por favor| porfa| porfavor| porfis| porfi| x favor| xfa| pf| ya| ahora| gracias| plis)?$`,
  '\\bhay (?:un |una |algun |alguna )?(?:personal(?: de (?:soporte|atencion al cliente|servicio al cliente))?|agente|asesor|asesora|operador|operadora|persona|ejecutivo|ejecutiva|humano)s? (?:disponibles?|conectad[oa]s?|en linea)\\b',
  // "¿tienen personas atendiendo el chat?", "¿hay humanos en este chat?"
  '\\b(?:tienen|hay) (?:personas|gente|humanos|agentes|asesores|operadores)(?: reales| de verdad)? (?:atendiendo|contestando|respondiendo)(?: (?:el|este) chat| aqui| ahi| por (?:el|este) chat|$)|\\bhay (?:humanos|personas|gente)(?: reales?| de verdad)? (?:en|detras de) (?:este|el) chat\\b',
  `\\b(?:queja|reclamo|reclamacion) (?:con|a|ante) ${ES_PERSON}\\b`,
  '\\batencion (?:personalizada|humana|personal)\\b|\\bchat en vivo con\\b|^(?:un )?chat en vivo(?: por favor)?$',
  // A call back, a person reviewing it: "me pueden llamar", "¿pueden llamarme por teléfono?", "quiero que un agente revise mi caso"
  '\\bme (?:pueden|puede|podrian|podria|puedes) (?:llamar|contactar|marcar|atender)\\b|\\b(?:llamenme|llamame|contactenme|contactame)\\b|\\b(?:pueden|puede|podrian|podria|puedes|podrias) (?:llamarme|contactarme|marcarme|devolverme la llamada)\\b',
  `\\bque ${ES_SOMEONE} (?:me explique|me lo explique|revise|vea|atienda|resuelva|mire|me atienda|me llame|me ayude|me contacte|me escriba|me responda|me conteste|revisara|viera|atendiera|resolviera|mirara|me atendiera|me llamara|me ayudara|me contactara|me escribiera)\\b`,
  // "una persona que me ayude por favor", "¿hay alguien ahí que me pueda atender?", "alguien del equipo que me responda"
  `\\b${ES_SOMEONE}(?: (?:ahi|alli|por ahi|disponible))? que me (?:(?:pueda|puedan|podria) (?:ayudar|atender|llamar|contactar|responder|contestar|escribir)|ayude|atienda|llame|contacte|resuelva|responda|conteste|escriba)\\b`,
  // "deseo ser atendido por una persona"
  `\\b(?:ser|sea) (?:atendid[oa]|ayudad[oa]|contactad[oa]|transferid[oa]|derivad[oa]|comunicad[oa]) (?:por|con|a) ${ES_PERSON}\\b`,
  // "necesito asistencia de un asesor", "necesito ayuda humana"
  `\\b(?:ayuda|asistencia|apoyo) (?:de|con|por parte de) ${ES_SOMEONE}\\b|\\b(?:ayuda|asistencia) (?:humana|personal|personalizada)\\b`,
  // "¿algún agente disponible?", "¿Está disponible algún asesor?"
  '\\bdisponibles? (?:(?:algun|alguna|un|una) )?(?:agente|asesor|asesora|operador|operadora|persona|ejecutivo|ejecutiva|humano|representante)s?\\b|\\b(?:algun|alguna) (?:agente|asesor|asesora|operador|operadora|ejecutivo|ejecutiva|humano|representante)s? (?:disponibles?|por ahi|ahi|en linea|conectad[oa]s?)\\b',
  // "que me llamen por favor", "póngame en contacto con atención al cliente", "¿alguien me puede atender?"
  '^(?:quiero |quisiera |necesito |pido |me gustaria |deseo )?que me (?:llamen|llame|llamaran|llamara|contacten|contacte|contactaran|contactara|marquen)\\b',
  `\\b(?:ponme|pongame|ponganme|me pones|me pone|me ponen|me puede poner|me pueden poner) en contacto con ${ES_DESK}\\b`,
  '\\b(?:alguien|(?:algun|alguna|un|una) (?:persona|asesor|asesora|agente|operador|operadora|humano|ejecutivo|ejecutiva|representante))(?: real| del equipo| de (?:su|tu) equipo| de ustedes| de soporte)? (?:me )?(?:lo |la )?(?:puede|podria|pueden)(?: me)? (?:atender|atenderme|ayudar|ayudarme|llamar|llamarme|buscar|revisar|ver|mirar|explicar|explicarme|explicarmelo)(?: con (?:esto|eso)| (?:mi|la|esta) (?:cuenta|caso|situacion|transaccion|transferencia|problema|pago|saldo|solicitud))?(?: por favor)?$',
  // "este bot no sirve para nada", "el chatbot no me entiende"
  '\\b(?:bot|chatbot|robot|asistente virtual)(?: no (?:me )?(?:sirve|ayuda|entiende|funciona|resuelve)| es (?:inutil|malo|pesimo|una basura))\\b',
  // "hable con un agente" as the whole message (not "hablé con un asesor ayer y me dijo que esperara": accents are gone)
  `^(?:por favor )?hable con ${ES_SOMEONE}(?: por favor| porfa| ya| ahora)?$`,
  // "escálalo a un supervisor", "¿no hay nadie que me atienda?"
  `\\b(?:escala|escalalo|escalala|escalen|escalenlo|escale|escalelo|escalar|escalarlo)(?: (?:esto|eso|(?:mi|el|este) (?:caso|reclamo|problema)))? (?:a|con) ${ES_DESK}\\b`,
  '^(?:quiero |necesito |por favor )?escalar (?:mi|el|este) (?:caso|reclamo|problema)(?: por favor)?$|^(?:por favor )?alguien (?:ayudeme|ayudame|me ayuda|me ayude)(?: por favor| porfa)?$|^(?:hola )?(?:hay )?alguien (?:ahi |alli |por ahi |aqui )?(?:que )?me (?:atiende|atienda)(?: por favor)?$',
  // "¿podría revisar esto algún especialista?": the person after what is asked of them
  `\\b(?:podria|puede|podrian|pueden|podra) (?:revisar|ver|mirar|atender|checar|resolver)(?:lo|la|me)?(?: (?:esto|eso|mi caso|este caso|mi problema))? (?:algun|alguna|un|una) (?:agente|asesor|asesora|especialista|persona|ejecutivo|ejecutiva|operador|operadora|supervisor|supervisora|humano|representante)\\b`,
  // "¿está alguien del área de pagos?": someone of a team there, the whole message
  `^(?:hola )?(?:esta|se encuentra|hay) ${ES_PERSON} (?:del|de la) (?:area|equipo|departamento) de [a-z]+(?: (?:ahi|disponible|ahora|ahorita))?$`,
  // "¿ya están atendiendo los agentes?": someone on now (not "¿los agentes atienden los fines de semana?": the hours)
  '\\b(?:ya )?(?:estan|esta) (?:atendiendo|trabajando|conectad[oa]s?|en linea) (?:hoy |ya |ahora |ahorita )?(?:los |las |sus |algun |alguna )?(?:agentes|asesores|asesoras|operadores|ejecutivos|representantes|personal|humanos)\\b',
  // "¿cuándo va a estar alguien para atenderme?", "¿cuándo me va a atender un asesor?": someone waited for
  '\\bcuando (?:va a (?:estar|haber)|habra|estara|me va a atender|me van a atender|me atiende|me atienden) (?:alguien|una persona|un agente|un asesor|una asesora|un humano|un operador)\\b',
  '\\b(?:devuelvanme|devuelveme|devuelvame) la llamada\\b|(?<!\\bno (?:quiero|necesito|hace falta) que )\\bme (?:devuelvan|devuelva|devuelvas|regresen|regrese|regreses) la llamada\\b|(?<!\\bno )\\b(?:quiero|quisiera|necesito|pido|solicito|prefiero|me gustaria) que (?:alguien |un asesor |una persona |un agente |ustedes )?me (?:llamen|llame|contacten|contacte|marquen|marque)\\b|^(?:por favor )?que me (?:llamen|llame|contacten|contacte|marquen)(?: por favor)?$|\\bque (?:alguien|un asesor|una asesora|una persona|un agente|un supervisor|un ejecutivo|un humano)(?: (?:de|del|de la|de los|del area de|del equipo de|del departamento de) [a-z]+)? me (?:llame|llamen|contacte|contacten|marque)\\b|\\bhay alguien(?: de (?:soporte|ustedes|atencion al cliente|servicio al cliente|(?:su|tu|el) equipo(?: de soporte)?))? (?:disponible|conectado|en linea)(?: (?:para (?:hablar|atenderme|ayudarme|chatear)|ahi|ahora|por favor))?$|^(?:hay )?alguien que me (?:pueda|puede) (?:ayudar|atender)(?: por favor)?$',
  // "pásenme al área de reembolsos", "¿alguien puede compartir pantalla conmigo?"
  `\\b(?:pasame|paseme|pasenme|comunicame|comuniqueme|comuniquenme|transfiereme|transfierame|derivame|me (?:pasas|pasa|pasan|comunicas|comunica|comunican|derivas|deriva|derivan)) al (?:area|equipo|departamento) de (?:fraudes?|seguridad|reclamos|reclamaciones|quejas|cobros|pagos|reembolsos|devoluciones|cuentas|disputas|soporte|atencion al cliente)\\b`,
  '\\b(?:alguien|un asesor|una asesora|un agente|una persona|un humano)\\b.{0,20}?\\bcompartir (?:la |mi |su )?pantalla\\b',
  // "escálenme con alguien que pueda ver mis movimientos", "prefiero contárselo a un empleado", "¿puedo agendar una llamada con soporte?"
  `\\b(?:escalenme|escaleme|escalame|escalarme|escalen|escale|escala|escalar)(?: (?:mi caso|esto|el caso|mi problema|mi reclamo))? (?:con|a) ${ES_DESK}\\b`,
  `\\b(?:prefiero|quiero|quisiera|necesito|me gustaria|deseo) (?:contar|explicar|decir|comentar)(?:selo|sela|le|les|lo)? (?:esto |todo |mi caso |el caso )?a ${ES_SOMEONE}\\b`,
  `\\b(?:agendar|programar|reservar|pedir|solicitar|tener|hacer|concertar|coordinar) (?:una )?(?:llamada|videollamada|video llamada)(?: telefonica)? con ${ES_DESK}\\b`,
  '\\b(?:me canse|estoy cansad[oa]|estoy hart[oa]|hart[oa]) (?:del|de este|de hablar con el|de hablar con este) (?:bot|robot|chatbot)\\b',
  '\\bno hay nadie (?:que|quien) (?:me )?(?:atienda|ayude|conteste|responda|pueda atender|pueda ayudar)\\b|\\bnadie me (?:atiende|contesta|responde)\\b',
  // A call back, frustration with the bot: "¿me puede devolver la llamada?", "este bot da vueltas en círculo", "ya lo he explicado tres veces"
  '\\bme (?:pueden|puede|podrian|podria|puedes|podrias) devolver la llamada\\b',
  // "quiero una llamada de un asesor", "¿me puede escribir alguien del equipo?", "¿puede revisarlo una persona?"
  `\\b(?:quiero|quisiera|necesito|solicito|pido|me gustaria|deseo|prefiero) (?:recibir )?una llamada (?:de voz |telefonica |por telefono )?(?:de|con) ${ES_PERSON}\\b`,
  // "no hablo con robots": the bot turned down, as in English
  '\\bno (?:hablo|quiero hablar|voy a hablar|quiero chatear) con (?:un |una |el |los |la )?(?:bots?|robots?|chatbots?|maquinas?)\\b',
  // "que venga alguien a resolver esto", "¿dónde están sus agentes humanos?"
  `\\bque (?:venga|vengan|entre|me atienda|me conteste|me responda) ${ES_SOMEONE} (?:a|que|para)\\b`,
  '\\bdonde (?:esta|estan) (?:sus |tus |los |las |el |la )?(?:humanos?|personas? reales?|(?:agentes?|asesor(?:es|a)?|operador(?:es|a)?) (?:humanos?|reales?|de verdad))\\b',
  `\\bme (?:puede|pueden|podria|podrian|puedes|podrias) (?:escribir|responder|contestar|ayudar) ${ES_SOMEONE}\\b`,
  `\\b(?:puede|pueden|podria|podrian)(?: usted| ustedes)? (?:revisarlo|revisarla|verlo|verla|mirarlo|mirarla|resolverlo|resolverla) ${ES_HUMAN}\\b`,
  '\\b(?:da|das|dan|doy|dando) vueltas(?: en circulos?| y vueltas| sin parar)?\\b|\\ben circulos?\\b|\\bsiempre (?:me )?(?:da|dice|responde|contesta|manda) lo mismo\\b|\\bla misma respuesta (?:una y otra vez|otra vez|siempre)\\b',
  // (told the bot, not "le expliqué tres veces al vendedor")
  '(?<!\\ble |\\bles )\\b(?:explicado|dicho|escrito|preguntado|repetido|explique|dije|escribi|pregunte|repeti) (?:ya )?(?:dos|2|tres|3|cuatro|4|cinco|5|diez|10|varias|muchas|mil) veces\\b(?! (?:al?|a la|a los|a las|con|en) )',
];

/**
 * A clause that mentions a person without asking for one (see NOT_ASKING in ./handoff.ts): it turns the request down ("I
 * don't need a human, just tell me…", "no quiero que me pasen con un agente…", "sin necesidad de un agente") or asks
 * about the human service ("what are your agents' hours?", "¿los asesores atienden los fines de semana?"): the contact
 * article answers that.
 */
const EN_ANYONE = '(?:(?:a|an|the|any|your) )?(?:real |live |human )?(?:human|humans|person|people|agent|agents|rep|reps|representative|operator|anyone|anybody|someone|staff|customer service|cs|support)';
const EN_SERVICE_QUESTION =
  '^(?:(?:hi|hello|hey|excuse me|sorry|quick question|just wondering) )?(?:what|whats|when|whens|which|are|is|do|does|how late|how early|until when|till when|until what time|till what time|at what time)\\b';
const EN_SERVICE_DETAIL =
  '(?:hours|opening (?:hours|times?)|business hours|working hours|what time|what days|which days|weekends?|saturdays?|sundays?|public holidays?|holidays|24 ?7|24 hours|around the clock|overnight|at night|' +
  'phone number|contact number|telephone number|hotline|helpline|email address|what number|number (?:for|of|to (?:call|reach|contact|ring|talk to|speak to|get)))';
/** Whose contact detail is asked for ("your customer care number", "the support email"): see EN_NOT_ASKING. */
const EN_CONTACT_DESK = `(?:(?:${EN_CUSTOMER} (?:care|${EN_SERVICE}|support)|cs|support|help|helpdesk|help desk|official|company|office|head office|toll free|tollfree) )*`;
/** A contact detail: a number, an address, a line (see EN_NOT_ASKING). */
const EN_CONTACT_DETAIL =
  '(?:(?:phone|telephone|tel|contact|whatsapp|mobile|cell|landline) )?(?:number|numbers|email|email address|e mail|hotline|helpline|help line|contact details|contact info|contact information)|(?<=(?:care|service|services|support) )contact(?! (?:me|us|you)\\b)';
/**
 * "do I need to talk to an agent to close my account?", "is it necessary to call support to…": whether one must, not
 * asking for one (see NEED in ./handoff.ts: the rest of the question is what it is about).
 */
export const EN_NEED: readonly string[] = [
  `^(?:do|will|would|must|should|shall) (?:i|we) (?:(?:need|have|still need|still have|got) to )?(?:talk|speak|chat|call|go through|contact|reach|phone|ring|email|write to) (?:to |with )?${EN_ANYONE}\\b`,
  `^(?:is it|is there a) (?:necessary|required|mandatory|need) (?:for me )?to (?:talk|speak|chat|call|contact|reach|phone|ring|email|write to|go through) (?:to |with )?${EN_ANYONE}\\b`,
];

export const EN_NOT_ASKING: readonly string[] = [
  `\\b(?:dont|do not|didnt|did not|no|not) (?:really )?(?:need|want|wish|asking for|looking for)(?: to)?(?: (?:talk|speak|chat) (?:to|with)| be (?:transferred|connected|put through|passed) to)? ${EN_ANYONE}\\b`,
  `\\bno need (?:for|to (?:talk|speak|chat) (?:to|with)|to (?:transfer|connect|pass|put) me to) ${EN_ANYONE}\\b`,
  `\\b(?:rather not|prefer not to|dont have to|do not have to) (?:talk|speak|chat|deal) (?:to|with) ${EN_ANYONE}\\b|\\bwithout (?:talking to|speaking to|calling|contacting|waiting for)? ?${EN_ANYONE}\\b`,
  '\\b(?:dont|do not|please dont|no need to) (?:transfer|connect|pass|put|escalate) (?:me|this|it)\\b|\\bno need to (?:escalate|transfer|connect)\\b',
  `${EN_SERVICE_QUESTION}.{0,60}\\b${EN_SERVICE_DETAIL}\\b`,
  '^(?:(?:hi|hello|hey|excuse me|sorry|quick question) )?(?:what time|what days|which days|at what time|until what time|till what time|how late|how early|until when|till when)\\b',
  // A way to reach the desk asked for, not the desk itself: "give me your customer care number", "i need the customer care
  // phone number", "i want the customer care contact", "what number should i ring to speak to customer service", "where can
  // i find a number to talk to someone" (the contact article gives it; "let me talk to someone" still asks for a person).
  `\\b(?:give|send|tell|show|provide|share|text|get|need|want|know|find|looking for|where is|wheres|(?:can|could|may) i (?:have|get))(?: me| us)?(?: with)? (?:the |your |ur |a |an |some |any )?${EN_CONTACT_DESK}${EN_CONTACT_DETAIL}\\b`,
  // The chat with a person asked about, not asked for: where its option is ("where in the app is the option to chat with
  // an agent"), what it costs or whether it is safe ("does talking to an agent cost anything", "is the chat with an agent free").
  '^(?:(?:hi|hello|hey|excuse me|sorry|quick question) )?where\\b.{0,40}\\b(?:option|button|menu|link|tab|section|setting|icon|feature) (?:to|for) (?:talk|speak|chat|contact|reach|call|message)(?:ing)?\\b',
  `\\b(?:talking|speaking|chatting|the chat|a chat|calling|the call|a call) (?:to|with) ${EN_ANYONE}\\b(?: (?:in (?:the )?app|online|here))? (?:cost|costs|charge|charged|free|paid|safe|secure)\\b`,
  // … or its cost asked first ("is it free to chat with an agent?", "do you charge to talk to a person?")
  `^(?:(?:hi|hello|hey|so|quick question) )?(?:is it (?:free|paid|charged)|is there (?:a|any) (?:fee|charge|cost)|does it cost(?: anything| money| extra)?|how much (?:does it cost|is it)|do you charge(?: anything| extra)?|do i (?:have to )?pay(?: anything)?) (?:to|for) (?:talk|speak|chat|call)(?:ing)? (?:to|with) ${EN_ANYONE}\\b`,
  // Someone reported, not asked for ("i'd like to report someone", "how do i flag a user"): the scam report's, unless the
  // message names the desk's people or a call ("i want to talk to someone to report someone").
  `^(?!.*\\b(?:talk|speak|chat|call|agent|agents|human|humans|representative|rep|operator|staff)\\b).*\\b(?:report|reporting|flag|flagging)(?: (?:this|that|a|an|the|some))? (?:someone|somebody|person|people|user|users|account|accounts|seller|buyer|guy|individual|merchant)\\b`,
  `\\b(?:what|which|whats)(?: is)?(?: the| your| ur)? (?:${EN_CONTACT_DESK}(?:phone |telephone |contact |whatsapp )?number|email(?: address)?)\\b|\\b(?:a|the|your|ur|any) (?:phone |telephone |contact |whatsapp )?number (?:to|(?:i|we) (?:can|could|should|must)|(?:should|can|could|do) (?:i|we)|for)\\b`,
];

const ES_ANYONE = '(?:(?:un|una|el|la|los|las|al|ningun|ninguna|algun|alguna) )?(?:humano|persona|agente|asesor|asesora|operador|operadora|representante|ejecutivo|ejecutiva|nadie|alguien|soporte|atencion al cliente)';
/**
 * "¿necesito hablar con un asesor para cerrar mi cuenta?", "I need to call support to change my number?": whether one must,
 * asked; without the question mark it is the request ("necesito hablar con un asesor para cerrar mi cuenta"). Checked
 * only when the text asks (see NEED_ASKED in ./handoff.ts): normalising drops the marks.
 */
export const EN_ES_NEED_ASKED: readonly string[] = [
  '\\b(?:necesito|necesitare|tengo que|tendre que|hay que|habra que|debo|debere|se necesita|es necesario|es obligatorio|hace falta|me toca|toca) ' +
    '(?:hablar|llamar|contactar|comunicarme|escribir|escribirle|ir|acudir|pasar|chatear|marcar)\\b.{0,50}?\\b(?:para|antes de|si quiero|si necesito)\\b',
  `\\b(?:i|we) (?:need|have|must|got) (?:to )?(?:talk|speak|chat|call|contact|reach|phone|ring|email|write to|go through) (?:to |with )?${EN_ANYONE}\\b.{0,50}?\\b(?:to|for|before|in order to)\\b`,
];

export const ES_NOT_ASKING: readonly string[] = [
  `\\bno (?:quiero|necesito|hace falta|es necesario|me hace falta|requiero|deseo|busco)(?: que me (?:pasen|pases|pase|transfieran|transfieras|transfiera|comuniquen|comuniques|comunique|conecten|conectes|deriven|derives))?(?: (?:hablar|chatear|ser (?:transferid[oa]|atendid[oa]|comunicad[oa])))?(?: (?:con|a|por))? ${ES_ANYONE}\\b`,
  `\\bsin (?:necesidad de |tener que )?(?:hablar con |llamar a |contactar a |pasar por |esperar a )?${ES_ANYONE}\\b`,
  '\\bno me (?:pases|pasen|transfieras|transfieran|comuniques|comuniquen|derives|deriven)\\b',
  // Alguien denunciado, no pedido ("quiero denunciar a una persona", "cómo reporto a un usuario"): la denuncia de estafa.
  '^(?!.*\\b(?:hablar|chatear|llamar|llamen|llamame|asesor|asesora|agente|humano|operador|ejecutivo)\\b).*\\b(?:denunciar|denuncio|denuncie|reportar|reporto|reporte)(?: a)? (?:alguien|una persona|esta persona|esa persona|un usuario|este usuario|una cuenta|esta cuenta|un vendedor|un tipo|un sujeto)\\b',
  '^(?:(?:hola|oye|disculpa|disculpe|buenas) )?(?:cual|cuales|cuando|a que hora|hasta que hora|desde que hora|en que horario|que horario|que dias|(?:los |las )?(?:agentes|asesores|asesoras|operadores|representantes|ejecutivos) (?:atienden|trabajan|estan disponibles))\\b' +
    '.{0,60}\\b(?:horarios?|a que hora|hasta que hora|que dias|fin(?:es)? de semana|sabados?|domingos?|feriados?|festivos?|24 ?7|24 horas|de noche|numero de (?:telefono|contacto|whatsapp)|telefono|correo|email)\\b',
  '^(?:(?:hola|oye|disculpa|disculpe|buenas) )?(?:a que hora|hasta que hora|desde que hora|en que horario|que horario|que dias)\\b',
  // A number to call asked for, whoever it reaches ("¿hay algún teléfono para hablar con ustedes?", "¿a qué número puedo
  // llamar para hablar con soporte?", "¿me dan un número para comunicarme con un asesor?"): the contact article's answer,
  // as the hours are; not "quiero hablar por teléfono con un asesor".
  '^(?:(?:hola|oye|disculpa|disculpe|buenas|y|una pregunta) )*(?:hay|habra|tienen|tendran|existe|cual es|cuales son|me (?:dan|das|pasan|pasas|da|pasa|puede dar|pueden dar|podria dar|podrian dar|podrias dar|puedes dar)|dame|denme|deme|pasame|pasenme|paseme|donde (?:encuentro|esta|estan|veo|consigo|hay))\\b' +
    '.{0,30}\\b(?:telefonos?|numeros?|(?<!\\ben )lineas?|whatsapp|celular)\\b(?! (?:de|del) (?:mi|la|su) (?:cuenta|tarjeta))',
  '^(?:(?:hola|oye|disculpa|disculpe|buenas|y|una pregunta) )*a (?:que|cual) (?:numero|telefono|linea)\\b',
  // The chat with a person asked about, not asked for: its channels ("¿por qué canales me puedo comunicar con servicio al
  // cliente?"), where its option is, how to start it, what it costs or whether it is safe ("¿hablar con un asesor tiene costo?").
  '\\b(?:que|cuales son (?:los|las)) (?:canales|medios|vias)\\b',
  '\\bdonde (?:esta|estan|encuentro|veo|queda|aparece|hay)\\b.{0,30}\\b(?:opcion|boton|menu|enlace|seccion|pestana|icono) (?:para|de) (?:hablar|chatear|contactar|comunicarme|comunicarse|llamar|escribir)\\b',
  '\\bcomo (?:inicio|empiezo|comienzo|abro|se inicia|se abre|puedo (?:iniciar|empezar|comenzar|abrir)|hago para (?:iniciar|empezar|abrir)) (?:un |el |una |la )?(?:chat|conversacion|llamada)\\b',
  `\\b(?:hablar|chatear|llamar|comunicarse|comunicarme|el chat|la llamada|la atencion) (?:con|a) ${ES_ANYONE}\\b.{0,20}\\b(?:cuesta|costo|coste|cobran|cobra|tiene (?:algun )?cargo|gratis|gratuito|gratuita|seguro)\\b`,
  // … or its cost asked first ("¿cobran por hablar con un asesor?", "¿es gratis chatear con un agente?")
  `^(?:(?:hola|oye|disculpa|disculpe|buenas|una pregunta) )*(?:cobran|cobra|cuesta|(?:tiene|hay) (?:algun )?(?:costo|cargo|comision)|es gratis|es gratuito|se paga|hay que pagar) (?:por |para |el )?(?:hablar|chatear|llamar|comunicarse|comunicarme) (?:con|a) ${ES_ANYONE}\\b`,
];

/** A bare "connect me" after a question about the person's service ("what does it cost to talk to an agent? connect me anyway"), as CJK_CONNECT_ANYWAY. */
export const EN_ES_CONNECT_ANYWAY: readonly string[] = [
  '^(?:ok |okay |fine |still |then |well )?(?:please )?(?:connect|transfer|put) me(?: through)?(?: anyway| anyways| regardless| please| then)*$',
  '^(?:(?:igual|aun asi|de todas formas|de todos modos|entonces|bueno|vale) )?(?:por favor )?(?:paseme|pasenme|pasame|comuniqueme|comunicame|conecteme|conectame)(?: igual| de todas formas| por favor)*$',
];
