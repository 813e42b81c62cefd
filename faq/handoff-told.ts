/**
 * "Who do I ask about this?" as the last sentence or clause of a message that told its problem first ("交易一直显示审核中已经
 * 五天了，没人给个说法，这事我该找谁", "…誰も説明してくれません。誰に聞けばいいですか", "Mi transacción lleva 5 días en
 * revisión y nadie me explica nada. ¿Con quién hablo de esto?"): after a story of no one answering, a person is asked
 * for. After another story it asks where to go with it ("網拍的賣家收了錢就消失了，我該找誰": the scam article's; "I want to
 * file a complaint, who do I talk to": the contact article's).
 * Regex sources on normalised text (lower case, no accents, Traditional folded, CJK words joined); each linear
 * (tests/server/regex-safety).
 */
export const WHO_TO_ASK: readonly string[] = [
  // 这事我该找谁, 这要找谁, 那我应该去问谁呢, 这个问题跟谁说
  '^(?:那|那么|所以|请问)?(?:这事|这件事|这个问题|这种情况|这情况|这个|这)?(?:我|我们)?(?:到底|究竟)?(?:该|应该|要|得|能|可以)?(?:去)?(?:找谁|问谁|联系谁|跟谁说|和谁说|跟谁讲|找哪位|找什么人)(?:呢|啊|呀|才行|处理|解决|说)?$',
  // 誰に聞けばいいですか, この件はどなたに相談すればよいでしょうか
  '^(?:では|じゃあ|じゃ)?(?:この件|これ|この問題)?(?:は)?(?:誰|だれ|どなた|どの方)(?:に|と)(?:聞け|きけ|相談すれ|話せ|言え|問い合わせれ|連絡すれ|お聞きすれ|伺え)ば(?:いい|良い|よい|いいの|良いの|よいの)(?:ですか|でしょうか|んですか|のですか|か|んだ|の)?$',
  // 누구한테 물어봐야 돼요, 이건 누구에게 문의해야 하나요
  '^(?:그럼 |그러면 )?(?:이거|이건|이 건|이 문제|이 문제는)? ?(?:누구한테|누구에게|누구랑|누구와|어느 분께|어느 분한테|누구 ?한테) ?(?:물어봐야|물어 봐야|물어봐야지|말해야|얘기해야|이야기해야|연락해야|문의해야)(?: ?(?:돼요|되나요|하나요|해요|할까요|하죠|돼|되죠|됩니까|합니까))?$',
  // who do I talk to about this, who should I speak with then
  '^(?:so |then |ok )?who (?:do|should|can|could|would|am) i (?:supposed to )?(?:talk|speak|go|turn|write|reach out|complain) (?:to|with)(?: about (?:this|it|that|my (?:case|problem|issue)))?(?: then| now| here)?$',
  // ¿con quién hablo de esto?, ¿a quién le pregunto entonces?
  '^(?:entonces |y |pues )?(?:con quien|a quien) (?:hablo|puedo hablar|debo hablar|tengo que hablar|le pregunto|pregunto|puedo preguntar|acudo|me dirijo|recurro|le escribo)(?: (?:de|sobre|acerca de|por) (?:esto|eso|mi caso|este caso|este tema))?(?: entonces)?$',
];

/** The story before the question says no one answered or explained (没人给个说法, 誰も説明してくれません, nadie me explica nada). */
const NO_ONE = /没人|没有人|无人|\b(?:nobody|no one|noone|nadie)\b|誰も|谁も|だれも|どなたも|아무도/u;

/** Whether the text before the question (normalised: 誰 is folded to 谁 there) tells that no one answered. */
export const toldNoOneAnswered = (before: string): boolean => NO_ONE.test(before);
