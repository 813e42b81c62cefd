import { describe, expect, it } from 'vitest';
import { isHandoffRequest } from '../../faq/handoff.ts';

describe('isHandoffRequest', () => {
  it.each([
    // zh-CN
    '转人工', '人工客服', '找真人', '我要人工', '人工', '帮我转接人工客服', '我要跟真人说话', '有没有人工啊', '不要机器人',
    // zh-TW
    '轉人工', '真人客服', '幫我轉接專人', '我想跟真人講話',
    // en
    'talk to a human', 'Speak to a real person please', 'agent', 'connect me to an agent', 'I want a human',
    'can I talk to someone', 'human please', 'transfer me to customer service', 'no bot',
    // session 27: a human being; plurals ("one of your representatives"); texting "ur"; a support specialist or officer; "bring me your supervisor"
    'can a real human being help me', 'pls connect me with ur staff', 'kindly connect me to one of your representatives',
    'can i get connected to a support specialist', 'bring me your supervisor', 'transfer me to a customer care officer',
    // ja
    'オペレーター', 'オペレーターと話したい', '担当者に代わってください', '人間と話したい', '有人対応をお願いします',
    // ko
    '상담원 연결', '상담원 연결해 주세요', '사람이랑 얘기하고 싶어요', '직원 바꿔주세요', '상담원',
    // es
    'hablar con una persona', 'quiero hablar con un agente', 'pásame con un asesor', 'agente por favor', 'necesito un humano',
    // paraphrases: someone from the team, staff, colleagues, a person stepping in
    'could someone from your support team help me', 'hand me over to one of your colleagues', 'are there any humans working there',
    '叫你们客服出来', '让真人来处理', '请客服人员协助', '可以轉給工作人員嗎', '係の方をお願いします', '人間の担当に切り替えて',
    '사람한테 직접 물어보고 싶어요', 'puede atenderme una persona', 'transfiéreme a un representante', 'hay algún humano por ahí',
    'id like a human to handle this', '我要投诉，找你们负责人', '責任者を出してください', '책임자 바꿔 주세요',
    'necesito hablar con un supervisor', 'prefiero que lo vea un humano',
    // styles: a manager, a call back, being put through (passive), the desk itself, availability, a nickname, words typed apart
    'get me your supervisor', 'please have a person contact me', "i'd like to be transferred to an agent", 'can i be connected to support',
    'is there someone i can talk to', 'is there someone i can actually speak to', 'any humans around?', 'please escalate this', 'can a real person look at my case', 'rep please',
    'i need help from a real person', 'get me customer service',
    'me comunicas con atención al cliente', 'quiero que me llame un asesor', 'hay un asesor disponible?', 'con una persona por favor',
    '叫你们经理出来', '换个人来回答', '有没有客服可以聊', '我想和客服小姐姐聊', '客服在不在', '转 人工', '有人可以幫我嗎',
    '担当の方とお話しできますか', '誰かに代わって', '担当者から電話がほしい', 'オペレーターさんいますか',
    '실제 직원분과 상담 가능할까요', '매니저 바꿔주세요', '직원분 계세요?', '사람이 필요해요',
    // a call back
    'i want a callback', 'can you call me back', 'me pueden llamar por favor', '请客服给我回个电话', '可以打電話給我嗎', '折り返し電話をお願いします',
    'hand me off to a person', 'let me chat with an employee', 'is there a person i could chat with', '상담원 호출해 주세요', '상담원 있어?',
    '担当者に電話してほしい', '전화 좀 주세요', '상담원에게 연결해 주세요', '고객센터 연결해줘', 'how can i reach a human', 'speak to customer services',
    // a real one, not the bot, and the clerk handling the case (#18, session 20)
    '麻煩請真正的客服人員來回覆我', '可以請真正的人來回答嗎', '我想跟真正的客服講話', '這個問題機器人解決不了 我要跟承辦人員講',
    // a person asked for at the end, after the bot is doubted (#18, session 21)
    '跟我講話的是機器人嗎 我要找人', '你是真人嗎？我想找人聊', '我要搵人',
    // a real one said with 的, someone there to answer (#18, session 26)
    '有真的人可以回答嗎', '有真正的人可以幫我處理嗎',
    // Korean kinds (session 26): a department, 데려와 / 부를 수, a person's help or hand, one sought as the whole message, a
    // call as the whole message, the phone's recorded menu or the machine turned down, a session wanted, by voice
    '담당 부서로 넘겨 주세요', '상담원 데려와', '상담원 좀 부를 수 있나요', '상담원 선생님 연결해 주세요', '직원한테 직접 설명할게요',
    '사람한테 도움 받고 싶어요', '사람 손길이 필요해요', '직원 어디 있어요', '상담원 찾아요', '사람 아니면 안 돼요', '통화 원해요',
    '전화로 하고 싶어요', '통화 가능한가요', 'ARS 말고 상담원', '기계랑 말하기 싫어요', '상담받고 싶어요', '사람 목소리로 상담받고 싶어요',
    '사람이 해 주세요', '상담원이랑 야기하고 싶어요',
    // Taiwan (session 27): 真的 for 真正的, 專員 asked for, 勒/咧 for 呢, the one handling it, a person to answer instead (由),
    // the verb and the person alone, 注音文 (ㄅ要 = 不要), a complaint taken up (客訴)
    '能不能請真的客服來回', '給我一個真的人', '有沒有專員可以幫我', '專人勒', '你們的人咧', '我要跟承辦的人講', '請由客服人員回覆我',
    '可否改由專人處理', '聯絡專人', 'ㄅ要機器人', '我要客訴', '客服專員',
    // the person asked to answer or to call, someone sent, one online now, 問人 / 跟人溝通, curt (轉人, 人勒, 有人嗎), 講不通,
    // Taiwan's spellings (回覆, 老闆)
    '可以真人回答嗎', '客服人員可以回我一下嗎', '麻煩專人來電', '你們專員可以打來嗎', '希望有人打電話給我', '請派人處理', '有在線的專員嗎',
    '問機器人沒用 我要問人', '我需要跟人溝通', '我只想跟人講', '有沒有人可以回答我', '轉人', '人勒', '有人嗎', '跟你說不通欸',
    '不要再自動回覆了', '我要跟你們老闆講', '能轉線上真人嗎',
    // Taiwan and Hong Kong (session 28): a person wanted as the whole message (我要人), the manager or the company's people
    // called out (出來 / 出嚟), the manager alone (主管咧), someone to help asked for, a person given (給我一個人, Cantonese 俾個真人我),
    // 注音文 ㄇ = 嗎 and ㄋ = 你, a call asked for at once
    '沒用 我要人', '要人', '我需要人', '叫老闆出來', '叫你哋經理出嚟', '我要申訴 找你們的人來', '請主管過來', '主管咧', '經理咧',
    '可以找人幫我嗎', '拜託給我一個人', '俾個真人我', '有真人ㄇ', 'ㄋ們主管勒', '直接打電話給我',
  ])('"%s" is a request for a person', (text) => {
    expect(isHandoffRequest(text)).toBe(true);
  });

  it.each([
    'someone stole my card',
    'how do I contact customer support?',
    'I sent money to the wrong person',
    'can a person have two accounts',
    '人工智能是什么',
    // Taiwan (session 27): a complaint about someone else, how to complain or reach one, what one said
    '我要投訴商家', '我要投诉，找谁', '要怎麼客訴', '怎麼聯絡專人', '客服專員說要等三天', '你們的人說會退款', '真的人很多嗎', '真人客服什麼時間有人',
    '可以轉給人嗎', '專員處理要多久', '有線上客服嗎', '人工審核要多久', '客服回覆說要等三天', '有人打給我說要驗證碼', '真人回答的比較準嗎',
    '我要轉人家錢', '老闆叫我付款', '有人打電話給我說我中獎',
    // (session 28) a process done by hand, someone else's money or face, a boss or a person told of
    '要人工審核喔', '需要人工審核嗎', '我要真人認證', '我要人家把錢還我', '要人臉辨識嗎', '給我一個人的帳號就好', '我老闆叫我來問', '主管說會處理',
    '俾錢我', '轉給一個人要多久', '朋友叫我找人幫忙付款',
    '我转账给了一个陌生人',
    '真人认证失败怎么办',
    '偽のオペレーターに認証コードを教えてしまった',
    '모르는 사람한테 돈을 보냈어요',
    '가짜 상담원한테 인증번호를 알려줬어요',
    // Korean: a person or a call told of, the machine or the phone's menu as a thing (session 26)
    '사람한테 도움 받았는데 해결이 안 됐어요', '전화 통화 중에 결제가 실패했어요', 'ATM 기계에 카드가 먹혔어요', 'ARS 인증이 안 돼요',
    '상담원한테 설명했는데 아직 환불이 안 됐어요', '직원이 해 준다고 했는데 아직 처리가 안 됐어요', '담당 부서에서 연락 온다고 했는데 언제 와요',
    '고객센터 어디 있어요', '사람 찾는 중이라 송금 좀 하려는데 한도가 얼마예요', '상담 내역 확인하고 싶어요',
    'una persona me envió dinero por error',
    'someone from your team called me and asked for my code',
    'it seems like the agent was a scammer',
    '别让人来骗我的钱怎么防',
    'hay un agente que me pidió mi clave',
    '怎么找到你们客服',
    '员工说我的卡被冻结了',
    'How do I reset my password?',
    'i want to complain about a merchant',
    'a person to check my id asked for my pin',
    'no logro comunicarme con soporte',
    '¿Cómo me comunico con atención al cliente?',
    'alguien me llamó diciendo que era asesor',
    '有人可以帮我朋友开户吗',
    '有人冒充客服给我打电话',
    '怎么联系客服呢',
    'dónde está el chat en vivo',
    '고객센터 연결이 안 돼요',
    '可以打电话给客服吗',
    '有人打电话给我说是客服',
    'someone called me back about my refund',
    '돈 보낼 사람을 찾고 있어요',
    'transfer my balance to a person',
    '誰かが勝手にログインした',
    '担当者から電話があって暗証番号を聞かれた',
    '매니저가 돈을 보내라고 했어요',
    '真正的客服電話是多少',
    '我已經跟真正的客服講過了',
    '跟承辦人員確認過了 還是沒收到',
    '我要找人借錢', '我朋友失聯了 我是不是要找人',
    '',
    // session 27: the same words where nobody asks for a person
    'one of your representatives called me yesterday about my refund', 'bring me back to the home screen',
    'my son is a human being can he have his own wallet', 'i paid ur agent at the store but balance not updated',
    'how much do your operators charge for cash in',
  ])('"%s" is not', (text) => {
    expect(isHandoffRequest(text)).toBe(false);
  });

  // session 31: the forms a writer's own requests missed (issue #18), in every language where the same form exists
  it.each([
    // zh: the person asked to call or to get in touch (可不可以打來給我, 跟我聯繫), switched to (換成真人), sent (派個人工), the one in
    // charge (管事的), someone who can talk or settle it, and a comma typed as a space before the request (…啥也不懂 人工呢)
    '你們客服可不可以打來給我', '麻煩客服人員跟我聯繫', '可以換成真人對話嗎', '能派个人工吗', '我要跟你们管事的说', '有没有管事的',
    '你们有没有能处理问题的人啊', '给我找个能说话的', '这破机器人啥也不懂 人工呢', '我要找负责的', '想咨询人工',
    // en: an actual human, a real one
    'is there an actual human here', 'wanna talk to a real one', 'human operator please', 'i want to complain, get me your boss',
    // ko: 연결 typed without its final ㄹ, the person asked to help
    '상담원 연겨 부탁요', '직원분 좀 도와주실래요', '상담원님 도와주세요',
    // es: "a" before the person, needing said "me urge" or "ocupo" (Mexico)
    'necesito a un supervisor', 'me urge un asesor', 'ocupo un asesor',
    // the other UI languages: a real one, a manager, a call, no robot; "is anyone there" as the whole message
    'هل يوجد شخص حقيقي؟', 'اريد مدير', 'أحتاج إلى موظف', 'اتصلوا بي من فضلك', 'لا أريد روبوت', 'ممكن أكلم موظف؟', 'حولني لموظف من فضلك', 'هل يوجد موظف؟',
    'Gibt es hier einen echten Menschen?', 'Kann ich bitte mit jemandem sprechen?', 'Ich brauche einen Mitarbeiter', 'Bitte einen Menschen',
    "est-ce qu'il y a quelqu'un ?", 'appelez-moi svp', 'mettez-moi en contact avec un conseiller', 'je veux parler au service client',
    'tem alguém aí?', 'tem atendente?', 'preciso falar com o suporte', 'posso falar com alguém?', 'quero um atendente humano', 'me liga por favor',
    'atendimento humano por favor', 'me chama no telefone',
    'minta cs dong', 'ada orang asli di sini?', 'saya butuh bantuan cs', 'telepon saya ya', 'saya mau ngomong sama cs', 'cs mana?',
    'có ai ở đây không', 'có nhân viên không', 'gọi lại cho tôi nhé', 'nối máy cho tôi với nhân viên', 'gọi điện cho tôi',
    'tôi muốn nói chuyện với người',
  ])('"%s" is a request for a person (session 31)', (text) => {
    expect(isHandoffRequest(text)).toBe(true);
  });

  it.each([
    // how to find one, its queue, its cost, its hours: the contact article's; "is anyone there" before the matter opens it
    '要怎麼找到線上客服', '人工客服一般要排多久的队', '人工客服要收费吗', '상담원 연결은 몇 시까지 돼요?', '喂 有人吗 我钱被扣了',
    // the desk addressed after the question, a helper for a transfer, what support said
    '我的退款怎么还没到 客服', '客服在吗 你们有电话吗', '有没有能帮我转账的人', '客服说转账要收费吗',
    // the same words about something else
    'which one is the real one', 'me urge saber mi saldo', "il y a quelqu'un qui a reçu mon argent", 'ada orang yang transfer ke saya',
    'gibt es eine Gebühr', 'có ai bị lỗi này không', 'Ich will mein Geld zurück', 'my boss paid me through the wallet',
    '咨询人工客服电话是多少', 'cs mana yang benar',
  ])('"%s" is not (session 31)', (text) => {
    expect(isHandoffRequest(text)).toBe(false);
  });

  // A sentence past the length of a request is heard at its ends only (faq/handoff-long.ts): a story, then the request.
  it('hears a long sentence that ends asking for a person, not one put off until later or that starts with a person and goes on', () => {
    const story =
      'I tried to top up yesterday with my visa card and the money left my bank but never showed up in the wallet and I want to talk to a human about it';
    expect(isHandoffRequest(story)).toBe(true);
    expect(isHandoffRequest('it keeps failing with the same error every time i try to add my card can i please talk to a real person')).toBe(true);
    expect(isHandoffRequest('por favor páseme con un operador porque el dinero salió de mi banco hace tres días y en la billetera no aparece nada')).toBe(true);
    expect(isHandoffRequest('充值的钱从银行扣了三天了钱包里还是没有 你们这机器人说不清楚 我要人工')).toBe(true);
    expect(isHandoffRequest('could you connect me with someone on your team because my withdrawal has bounced back four times')).toBe(true);
    expect(isHandoffRequest('もうリンクはいらないので私の支払いがどうなったのか実際に確認できる人間の担当者と話がしたいです')).toBe(true);
    expect(isHandoffRequest('이제 안내 글은 그만 보내 주시고 제 결제가 어떻게 된 건지 직접 볼 수 있는 상담원분이랑 얘기하고 싶어요')).toBe(true);
    // Put off, in passing, or a question about a person that goes on about something else.
    expect(isHandoffRequest(`${story} if this goes on any longer`)).toBe(false);
    expect(isHandoffRequest('I tried to talk to an agent yesterday about my refund and nobody answered so where is my money')).toBe(false);
    expect(isHandoffRequest('my mom wants to talk to someone about opening her own wallet because she does not have a smartphone yet is that possible')).toBe(false);
    expect(isHandoffRequest('is there a real person who checks the photos of my id card or is the whole verification done automatically')).toBe(false);
    expect(isHandoffRequest('지난주에 환불 문제로 문의했더니 상담원분이 다시 연락 주신다고 하셨는데 아직까지 아무 연락이 없어요')).toBe(false);
    expect(isHandoffRequest('昨日サポートに電話してオペレーターの方としばらく話したのですが結局解決せず返金もまだです')).toBe(false);
  });

  it('hears "connect me anyway" after a question about what a person costs, and the bot turned down for one', () => {
    expect(isHandoffRequest('상담원 연결 시 비용 있나요? 그래도 연결해 주세요')).toBe(true);
    expect(isHandoffRequest('상담원 연결 시 비용 있나요?')).toBe(false);
    expect(isHandoffRequest('人工客服几点下班？算了，帮我转吧')).toBe(true);
    expect(isHandoffRequest('법인 계좌랑 개인 계좌 사이에 돈을 옮기는 문제가 복잡해서 챗봇 말고 상담사님께 직접 문의하고 싶어요')).toBe(true);
    expect(isHandoffRequest('돈을 옮기는 문제가 좀 복잡해서 상담원 말고 챗봇으로 알려 주세요')).toBe(false);
  });

  it('hears a request that is the first or last sentence of a long message, not one inside a sentence', () => {
    expect(isHandoffRequest('I have been going back and forth with this bot for ten minutes and nothing works. Can I please talk to a person?')).toBe(true);
    expect(isHandoffRequest('Human please. I have tried every step in your help articles and my top up still has not arrived')).toBe(true);
    expect(isHandoffRequest('계속 같은 답변만 나와서 너무 답답하고 시간만 버리고 있네요. 상담원 연결해 주세요')).toBe(true);
    expect(isHandoffRequest('我已经问了好几遍了，你这个机器人一直答非所问，根本解决不了问题。转人工！')).toBe(true);
    expect(isHandoffRequest('I talked to an agent yesterday about my card. Where is the refund they promised?')).toBe(false);
    expect(isHandoffRequest('My top up never arrived. The money left my bank and I want to talk to a human about it if this goes on any longer')).toBe(false);
  });

  it("hears a long sentence's last clause as the request, never its first", () => {
    expect(isHandoffRequest('恐れ入りますが、ボットではなく担当者の方に対応をお願いできますでしょうか')).toBe(true);
    expect(isHandoffRequest('すみません、先ほどから何度か質問しているのですが解決しないので、担当の方におつなぎいただけますか')).toBe(true);
    expect(isHandoffRequest('I have tried to reset my password three times and it still fails, can I talk to a human')).toBe(true);
    expect(isHandoffRequest('Please do not connect me to an agent, just tell me the fee')).toBe(false);
    expect(isHandoffRequest('担当者に話したけど、解決しない')).toBe(false);
    expect(isHandoffRequest('I talked to an agent yesterday, it did not help')).toBe(false);
  });

  it('hears no request in a clause that turns one down or asks about the human service, only in the other clauses', () => {
    // Turned down: the question after it is for the bot.
    expect(isHandoffRequest("I don't need an agent, just tell me how long a refund takes")).toBe(false);
    expect(isHandoffRequest('no necesito que me pasen con un asesor, ¿cuál es el límite diario?')).toBe(false);
    expect(isHandoffRequest('不用给我转人工，提现到银行卡要多久')).toBe(false);
    expect(isHandoffRequest('担当者につながなくていいので、年会費だけ教えて')).toBe(false);
    expect(isHandoffRequest('상담사 연결은 필요 없어요 한도만 알려 주세요')).toBe(false);
    // About the service: its hours, days and numbers are the contact article's.
    expect(isHandoffRequest('what time do your agents start in the morning?')).toBe(false);
    expect(isHandoffRequest('¿hasta qué hora atienden los asesores?')).toBe(false);
    expect(isHandoffRequest('人工客服下午几点下班')).toBe(false);
    expect(isHandoffRequest('人工客服热线是多少')).toBe(false);
    expect(isHandoffRequest("what's the number to call to get a human?")).toBe(false);
    // A number to call asked for in Spanish, whoever it reaches (#18, session 23); asking to be put through by phone is a request.
    expect(isHandoffRequest('hay algún teléfono para hablar con ustedes')).toBe(false);
    expect(isHandoffRequest('¿a qué número puedo llamar para hablar con soporte?')).toBe(false);
    expect(isHandoffRequest('¿me dan un número para comunicarme con un asesor?')).toBe(false);
    expect(isHandoffRequest('quiero hablar por teléfono con un asesor')).toBe(true);
    expect(isHandoffRequest('¿tienen un número? quiero hablar con una persona ya')).toBe(true);
    expect(isHandoffRequest('真人客服要等多长时间')).toBe(false);
    expect(isHandoffRequest('상담사 대기 시간이 몇 분이에요')).toBe(false);
    expect(isHandoffRequest('オペレーターは何時まで対応していますか')).toBe(false);
    expect(isHandoffRequest('공휴일에도 상담원이 근무하나요')).toBe(false);
    // A bot turned down is still a request, and so is a request in another clause.
    expect(isHandoffRequest("I don't want the bot, I want an agent")).toBe(true);
    expect(isHandoffRequest('不要机器人，给我转人工')).toBe(true);
    expect(isHandoffRequest('客服几点下班？算了，现在就帮我转人工')).toBe(true);
    expect(isHandoffRequest('what are your hours? actually, just connect me to an agent now')).toBe(true);
  });

  // "¿necesito hablar con un asesor para…?" asks whether one must, and was heard as a request in every language; without
  // its question mark the Spanish and English forms are the request, as are "can I talk to…" and a statement in Japanese.
  it('hears no request in a question whether a person is needed for something', () => {
    for (const text of [
      '¿necesito hablar con un asesor para cerrar mi cuenta?',
      'do I need to contact support to reset my password?',
      'must I contact an agent to verify my identity?',
      '要联系客服才能注销账户吗',
      '退款必须找人工客服吗？',
      '是不是要找客服才能改手机号',
      '窓口に行かないと解約できませんか',
      '返金にはオペレーターと話す必要がありますか',
      '계정 해지하려면 상담원이랑 통화해야 하나요?',
      '한도 올리려면 상담원이랑 통화해야 돼요?',
    ]) expect(isHandoffRequest(text), text).toBe(false);
    for (const text of [
      'necesito hablar con un asesor para cerrar mi cuenta',
      '¿puedo hablar con un asesor para cerrar mi cuenta?',
      'I need to talk to an agent to close my account',
      '我需要转人工',
      '必须找人工才能解决，帮我转一下',
      'オペレーターと話す必要があります',
      '상담원이랑 통화해야 해요',
      '我要联系客服',
    ]) expect(isHandoffRequest(text), text).toBe(true);
  });

  // hand14's Japanese rounds: words typed apart after a long vowel (ー is no kana by its script), katakana and half-width
  // spellings, オペレーター mistyped, romaji, a call asked for, the person alone with を, humble 担当の者.
  it('hears Japanese typed apart, in katakana or romaji, mistyped, and a call asked for', () => {
    for (const text of [
      'オペレーター お願いします',
      'カスタマー サポート の 人 と 話したい',
      'ﾀﾝﾄｳｼｬと話したい',
      'ニンゲンと話したい',
      'オペレターと話したい',
      'オペーレーターと話したい',
      'hito to hanashitai desu',
      '担当者からお電話いただくことはできますか',
      '至急折り返してください',
      '電話で直接話せませんか',
      'もう埒が明かないので責任者を',
      '担当の者と話がしたいのですが',
      '전화로 얘기하고 싶습니다',
      '给我打个电话',
      '運営と話したい',
      'オペレーターに交代してください',
      '担当者に引き継いでもらえますか',
      'サポートセンターに電話つないで',
      '人間のかたお願いします',
      '人による対応を希望します',
      '人工在哪',
      'ｵﾍﾟﾚｰﾀｰ ﾆ ﾂﾅｲﾃﾞ',
      'お電話でお話ししたいです',
      '人間！',
      'もう人間じゃないと無理',
      'おい、責任者出てこい',
      'オペレーター対応にしてほしい',
      '人的対応をお願いします',
      '我要跟你们领导说话',
      '打电话给我',
    ]) expect(isHandoffRequest(text), text).toBe(true);
    for (const text of ['担当者から電話がありましたが詐欺ですか', '折り返し送金の手数料は', '人 に 送金 したい', '상담원 연결 없이 해결하고 싶어요', '運営からのお知らせが届きません', '引き継ぎコードを忘れました', '人的ミスで送金してしまいました', '電話での問い合わせ窓口はありますか']) {
      expect(isHandoffRequest(text), text).toBe(false);
    }
  });

  it('hears polite English leads, pinyin and the pinyin input\'s slips', () => {
    expect(isHandoffRequest('I was just wondering if it would be possible to talk to a person about a charge on my card')).toBe(true);
    expect(isHandoffRequest('wo yao zhuan ren gong')).toBe(true);
    expect(isHandoffRequest('帮我转人功客服')).toBe(true);
  });

  it('hears a person preferred or called out in Japanese and Korean, not a past or reported one', () => {
    expect(isHandoffRequest('やっぱり人間がいいです')).toBe(true);
    expect(isHandoffRequest('もう担当者さんでお願いします')).toBe(true);
    expect(isHandoffRequest('コールセンターの方と話せますか')).toBe(true);
    expect(isHandoffRequest('일대일 상담 요청해요')).toBe(true);
    expect(isHandoffRequest('책임자 나와')).toBe(true);
    expect(isHandoffRequest('상담사님이요')).toBe(true);
    expect(isHandoffRequest('스태프 말고 ai 말고 상담사랑 하고 싶어요')).toBe(true);
    expect(isHandoffRequest('サポートの方が対応してくれなかったので返金方法を教えて')).toBe(false);
    expect(isHandoffRequest('客服刚才说转人工要等半小时，那我自己怎么申请退款')).toBe(false);
    expect(isHandoffRequest('do we have to speak to someone to raise the limit?')).toBe(false);
  });

  // ja28: the preference said with のほう, の人 or a sentence-final な / んだけど, and じゃなきゃ for じゃないと
  it('hears a person preferred in Japanese with のほう, の人, a trailing な or んだけど, and 人じゃなきゃ, not a told or unrelated いい', () => {
    for (const text of ['人間の人がいいです', 'オペレーターのほうがいいです', '担当者さんがいいな', '人間がいいんだけど', 'やっぱ人間じゃなきゃだめ', '人でなければ無理です',
      '対応ありがとう、でもやっぱり人間の人がいいです']) {
      expect(isHandoffRequest(text), text).toBe(true);
    }
    for (const text of ['担当者の方がいいと言っていました', 'あの人がいいんだけど', '人がいいね', '担当者がいい加減', 'スタッフの方がいい人でした']) {
      expect(isHandoffRequest(text), text).toBe(false);
    }
  });

  it('hears the help of a person asked for, and a long polite Korean sentence after its 지만 or 은데', () => {
    expect(isHandoffRequest('직원분의 안내를 받고 싶습니다')).toBe(true);
    expect(isHandoffRequest('人間のサポートが必要なんです')).toBe(true);
    expect(isHandoffRequest('실례지만 담당자분과 직접 통화할 수 있도록 연결해 주실 수 있으실까요')).toBe(true);
    expect(isHandoffRequest('사람 도움은 필요 없어요 수수료만 알려 주세요')).toBe(false);
    expect(isHandoffRequest('어제 직원이랑 통화하고 나서 카드가 막혔어요')).toBe(false);
    expect(isHandoffRequest('先週オペレーターと電話で話したけど、まだ届きません')).toBe(false);
  });

  it('hears Korean 얘기 misspelt 애기, whether anyone is there, a phone or chat consultation asked with 되나요, the talk with a person as a noun, not the hours of one', () => {
    for (const text of ['직원이랑 애기 좀 할게요', '상담원 없나요', '사람 없어요?', '담당자님 안 계세요?', '채팅 상담 되나요', '전화상담 돼요?', '콜센터 연결 부탁드려요', '전화해 주실 수 있나요',
      '상담원과의 통화를 원합니다', '직원분과의 상담 요청드려요', '담당자가 전화 주셨으면 좋겠어요', '상담 요청이요']) {
      expect(isHandoffRequest(text), text).toBe(true);
    }
    for (const text of ['주말에는 상담원 없나요', '밤에도 상담원 계세요?', '전화 상담 되는 시간이 언제예요', '은행 직원이 없어요', '애기가 제 폰으로 결제했어요', '어제 상담원과의 통화에서 환불된다고 했어요', '친구가 전화 주셨으면 했는데']) {
      expect(isHandoffRequest(text), text).toBe(false);
    }
  });

  // ko33, a fresh Korean dev set: a person who must look at it, in the honorific (직원분이 직접 봐 주셔야), a consultation to be switched
  // to (전화 상담으로 돌려 주세요); not money returned (상담으로 돌려받은), nor what someone else was asked to give back.
  it('hears a Korean person who must look at it in the honorific, and a consultation to be switched to, not money given back', () => {
    for (const text of ['이건 직원분이 직접 봐 주셔야 해요', '담당자님이 확인해 주셔야 할 것 같아요', '전화 상담으로 돌려주세요', '사람 상담으로 넘겨 줄래요?']) {
      expect(isHandoffRequest(text), text).toBe(true);
    }
    for (const text of ['잘못 보낸 사람한테 돌려 달라고 했어요', '상담으로 돌려받은 돈이 없어요', '판매자가 직접 봐 주셔야 한대요']) {
      expect(isHandoffRequest(text), text).toBe(false);
    }
  });

  it('hears no request in a Chinese visitor who did not find the desk\'s entrance', () => {
    expect(isHandoffRequest('找了好久也没找到客服入口')).toBe(false);
    expect(isHandoffRequest('帮我找人工客服')).toBe(true);
  });

  it('hears a Chinese request for a person on "your side" (你们那边/这边的), not a question about them', () => {
    for (const text of ['麻烦叫一下你们这边的人工', '请让你们那边的客服来处理', '转给你们那边的工作人员吧', '接通一下你们那边的专员', '我想跟你们那边的人说']) {
      expect(isHandoffRequest(text), text).toBe(true);
    }
    for (const text of ['你们那边的客服电话是多少', '你们那边的工作人员几点上班', '我跟你们那边的人说过了', '怎么找你们那边的客服']) {
      expect(isHandoffRequest(text), text).toBe(false);
    }
  });

  it('hears a Chinese call asked for with 让/叫, a person wanted bare and the bot turned down after it, not AI nor a Japanese "no person needed"', () => {
    for (const text of ['叫你们客服打电话给我', '让工作人员回电', '叫个人打给我', '我要投诉 让你们的人打电话给我', '我只要人', '我想要人', '我要人 不要机器', '我要真人 不要机器人', '给我真人 不要机器人']) {
      expect(isHandoffRequest(text), text).toBe(true);
    }
    for (const text of ['别让人打电话给我', '让朋友打电话给我', '叫我打给你们热线', '我要人脸识别', '我要人民币提现', '我想要人工智能的功能', '人は不要です', 'オペレーター不要']) {
      expect(isHandoffRequest(text), text).toBe(false);
    }
  });

  it('hears casual and abbreviated Japanese (喋りたい, オペ, ヒト) and a switch asked for, not the desk out of reach', () => {
    expect(isHandoffRequest('スタッフさんと喋らせてください')).toBe(true);
    expect(isHandoffRequest('オペにつないで')).toBe(true);
    expect(isHandoffRequest('有人対応への切り替えを希望します')).toBe(true);
    expect(isHandoffRequest('スタッフに連絡とれますか')).toBe(true);
    expect(isHandoffRequest('カスタマーサポートにつながらないんですが')).toBe(false);
    expect(isHandoffRequest('スタッフと連絡取れたので大丈夫です')).toBe(false);
    expect(isHandoffRequest('担当者さーーん')).toBe(true);
    expect(isHandoffRequest('スタッフから折り返しの連絡を希望します')).toBe(true);
  });

  it('hears Spanish staff as a group, a person asked to answer or write, sent or derived to, a call from one, and someone there who can help, not a person met before', () => {
    for (const text of ['prefiero que me atienda el personal', 'me pasas con la gente de soporte', 'quiero que me conteste un asesor',
      'que me responda alguien del equipo', 'mándenme un agente', '¿me derivan con atención al cliente?', 'quisiera una llamada de un ejecutivo',
      '¿me puede escribir una persona de soporte?', '¿hay alguien disponible que me pueda atender?', '¿podría verlo un asesor?']) {
      expect(isHandoffRequest(text), text).toBe(true);
    }
    for (const text of ['el personal de la tienda no me devolvió nada', 'recibí una llamada de un asesor que me pidió el código',
      'alguien que me escribió por whatsapp me pidió la clave', '¿me pueden ayudar con un reembolso?', 'mis datos personales están seguros?',
      'la gente del equipo de mi trabajo usa la app', 'la persona que me debe plata no me contesta', 'envíame el comprobante']) {
      expect(isHandoffRequest(text), text).toBe(false);
    }
  });

  // ja27: Japanese families session 26's check sets were heard missing — how often it has been asked (4回目, 何回も同じ説明),
  // the chat going round, not understood, someone at the desk asked to be there, a call asked for by its courtesy, the
  // role put through in the honorific, wished for by 要請 / よろしく, called out (でてこい), the bot refused; not an attempt
  // counted (3回目の送金), a call received, the staff named in a question about the desk, a shop's person, a screen stuck.
  it('hears Japanese requests by how often it was asked, the chat going round, a call asked politely, the role put through or called out', () => {
    for (const text of [
      'このやり取りもう4回目です', '同じ説明を何回もしてるんですけど', '何度同じこと言わせるんですか', 'さっきから同じ話を繰り返してます',
      'またいちから説明しなきゃいけないんですか', '全然わかってもらえない', 'ぐるぐる回ってます', '話が一向に進まない', '無限ループなんだけど',
      'なんでさっきと同じ回答なの', 'そちらに誰かいますか', 'だれか返事ください', 'CSの人と話したい', 'オペレーター様におつなぎ願えますか',
      '担当の方を要請します', '係の人よろしく', '管理者でてこいよ', '人間に確かめてもらいたい', 'もうAIとは喋りたくない', '回答がテンプレすぎる',
      'その回答は的を射ていない', 'そんな案内じゃ納得できない', '一度電話で話をさせてください', '電話でお願いできませんか',
      'この件でお電話を頂きたいです', '下記の番号にお電話ください', 'エスカレーションをお願いします', '担当者さんからの返事を待ってます',
    ]) expect(isHandoffRequest(text), text).toBe(true);
    for (const text of [
      '3回目の送金でやっとうまくいきました', '本人確認は何回目まで再提出できますか', 'この番号に電話がかかってきたけど詐欺ですか',
      'スタッフに質問があるときはどこに連絡すればいいですか', 'お店の人に確かめてほしいと言われました', 'ボットと話したくない人向けの窓口はありますか',
      '同じ画面でずっと止まってる', 'さっきから送金が処理中のままです', '誰か知らない人が私のアカウントを見てるかもしれない', '説明しないとわからないですか',
      'CSVで明細を出したい', '電話でお願いされた送金は詐欺ですか',
    ]) expect(isHandoffRequest(text), text).toBe(false);
  });
  it('hears "cs" texted for customer service, an officer, a short "tlk", being attended to by a person and a bare "any live person", not cs or an officer talked about', () => {
    for (const text of [
      'can i talk to ur cs', 'connect me to cs team', 'want to speak to cs officer', 'CS please', 'hello any cs here?', 'kindly connect me to your officer',
      'tlk to agent', 'tok to human', 'I would like to be attended to by a staff', 'can i be assisted by a real person', 'i want to complain to a real person', 'any live person?',
    ]) expect(isHandoffRequest(text), text).toBe(true);
    for (const text of [
      'how to reach cs', 'whats ur cs email', 'what time does cs open', 'cs hotline number pls', 'do i need to call cs to close my account', 'cs told me to wait 3 days',
      'the cs officer asked for my otp is that legit', 'my loan officer said i should use the wallet', 'my refund is being handled by an agent',
      'i was assisted by an agent yesterday but nothing happened', 'any fees',
    ]) expect(isHandoffRequest(text), text).toBe(false);
  });
  // handoff32: a fresh blind set's dev half — patched through (接线), face to face (当面), someone who can settle it asked for
  // or swapped in (换能处理的人), anyone watching (見てませんか), the loanword operator in Korean, a superior in de/id/vi, a human there
  // in pt/vi/ar; not a yuan account, a talk that happened, an operator who asked for a code, one's own boss.
  it('hears a person patched through, met face to face or swapped for one who can settle it, anyone watching, an operator in Korean and a superior or a human asked for in de, id, vi, pt, ar', () => {
    for (const text of [
      '请帮我接线给客服人员', '我想跟你们客服当面谈一下', '换个能处理的人来', '找一个真的会解决问题的人', '你们搞不定就换能搞定的人',
      'だれか人間の人、見てませんか', 'スタッフさん見てませんか', '오퍼레이터 연결 부탁해요', '에이전트랑 얘기하고 싶어요',
      'kann ich mit Ihrem Vorgesetzten sprechen', 'saya mau ngobrol sama supervisor', 'cho tôi gặp quản lý', 'tem um humano aí?', 'có nhân viên không vậy',
      'هل يوجد انسان هنا؟',
    ]) expect(isHandoffRequest(text), text).toBe(true);
    for (const text of [
      '我要换一个能用的人民币账户', '我昨天跟客服当面沟通过了', '接线员说我的卡被冻结了', '오퍼레이터가 전화로 인증번호를 물어봤어요', '에이전트 수수료가 얼마예요',
      'スタッフの人に見てもらいました', '上司の人が見てませんでした', 'ich habe mit meinem Vorgesetzten gesprochen', 'mein Vorgesetzter hat mir Geld geschickt',
      'atasan saya minta transfer uang', 'quản lý của tôi chuyển tiền cho tôi', 'tem humano nessa foto',
    ]) expect(isHandoffRequest(text), text).toBe(false);
  });
  // handoff32, a second fresh dev set: a voice or video call with a person (语音客服, 音声通話, 음성 통화, llamada de voz), live chat in
  // Japanese, the one on duty or in charge (值班的客服, 负责这块的同事), pinyin before Han (zhuan人工), a human not the bot (human not AI,
  // no hablo con robots, não quero falar com robô, tidak mau bicara dengan mesin, không muốn nói chuyện với máy), the support desk put
  // through to in de/fr/id/vi/ar, a call asked in de/fr/ar; not how to reach another company's human desk (怎么联系支付宝的人工客服,
  // 如何找到银行的真人客服), a call that happened, a colleague at work, a live stream.
  it("hears a call by voice or video, the one on duty or in charge, a human not the bot and the desk put through to in every language, not how to reach another's human desk", () => {
    for (const text of [
      '我想要语音客服', '能跟真人视频通话吗', '叫个值班的客服过来', '你们的人工在哪呀', 'zhuan 人工', '请个负责这事的同事来处理', 'could a specialist phone me', 'I want a video call with an agent',
      'a person not AI', 'anybody human around', 'get someone on this please', 'can i talk to sombody', 'オペレーターとビデオ通話したい', '担当の方とライブチャットできますか',
      '誰かにフォローしてほしいです', '有人対応はどこですか', '상담원이랑 영상 통화하고 싶어요', '직원이랑 실시간 채팅 돼요?', 'pásame con un compañero de soporte', 'cámbiame a un asesor',
      'prefiero una llamada telefónica con un agente', 'que venga una persona a ayudarme', '¿dónde están los humanos?', 'yo no hablo con bots',
      'kann mich ein Mitarbeiter anrufen', 'mit dem Support bitte', 'passez-moi au service client', 'j\'ai besoin d\'un vrai conseiller',
      'pouvez-vous m’appeler', 'não quero conversar com o robô', 'preciso de uma pessoa de verdade', 'gak mau ngobrol sama bot',
      'hubungkan saya ke tim cs', 'minta orang beneran', 'kết nối tôi với nhân viên', 'không muốn chat với bot', 'اربطني بالدعم', 'ممكن أكلم أحد',
    ]) expect(isHandoffRequest(text), text).toBe(true);
    for (const text of [
      '怎么联系微信的人工客服', '如何找到银行的真人客服', 'I had a phone call with an agent yesterday',
      'the specialist phoned me about my card', 'can i get someone on my account as a joint holder', 'le mandé dinero a mi compañero de trabajo',
      '¿dónde está mi reembolso?', 'que venga el dinero a mi cuenta', 'オペレーターとの通話はできなかった', 'ライブ配信の支払い', '상담원이랑 통화했는데 해결이 안 됐어요',
      'mein Support-Ticket ist offen', 'j\'ai besoin d\'un relevé', 'preciso de ajuda para pagar', 'orang itu minta uang', 'tôi muốn gặp ở ngân hàng',
      'zhuanzhang 多久到账', '我负责的项目怎么收款',
    ]) expect(isHandoffRequest(text), text).toBe(false);
  });
  // handoff32, a third fresh dev set: a person sought curtly (找下人工, 我要找个人说, 直接给我接个人, just get me someone, 사람 플리즈), needed
  // (得人来, I need a real one), asked to look it up (请个人帮我查, could a person look this up, 사람이 찾아봐, ¿me lo puede buscar?),
  // one who knows or the technical staff (懂业务的人, 技术人员, 技術の方, your tech people), the bot no use (ボットじゃ無理), a few words
  // (跟人说两句, 몇 마디, hablar un rato), thanks after the ask; not a payee, a red packet, the staff counted, a lookup in the app.
  it("hears a person sought curtly, needed, asked to look something up, one who knows or the technical staff, and a few words with one, not a payee or a lookup", () => {
    for (const text of [
      '帮我找下真人', '我想找个人聊', '我就想和人聊两句', '请你们的技术人员来处理', '让懂行的同事来回答', '直接帮我接个人吧', '这事得人来处理', '找个人帮我核实一下', 'I just need a real one', 'just get me somebody',
      'have your support team to check this', 'can a human look it up', 'customer service thx', 'AIじゃ話にならない', '技術の方に見てほしい', '직원분이 알아봐 주세요',
      '상담원이랑 말 좀 하고 싶어요', '사람 플리즈', '상담원 플리즈', 'un asesor gracias', '¿alguien me lo puede revisar?', 'quiero hablar un momento con un asesor',
    ]) expect(isHandoffRequest(text), text).toBe(true);
    for (const text of [
      '找下一个红包', '我想找个人转账', '这个收款人得人来确认吗', '请人帮我付款安全吗', '我们公司技术人员多少', '懂的人都知道', 'I need a new one', 'find me a cheaper plan',
      'can i look it up in the app', 'thanks for the help', '技術的な問題ですか', 'ボットじゃないですよね', '그 사람 계좌 좀 알아봐 주세요', '사람', '사람마다 한도가 달라요', 'gracias',
      '¿me lo puede reembolsar?', 'hablé un rato con el banco',
    ]) expect(isHandoffRequest(text), text).toBe(false);
  });

  it('hears someone asked to explain, look or help and anyone there or else, in every language, not a question put to anyone nor someone who did something', () => {
    for (const text of [
      'can someone just explain it', 'could somebody explain this to me please', 'could somebody help me with this', 'somebody please help me', 'anyone?', 'is there anyone else', 'can i get a hold of someone', 'agnet please',
      '能不能找个人给我说说', '可以請人跟我說明嗎', '谁可以帮我看看', '能麻烦谁帮我弄一下吗', '来个人吧', '有没有人帮帮忙', '刚刚那个没用，还有别人吗', '剛剛那個沒用 還有別人嗎', '在线人工在吗', '转接一下人吧', '能不能有人直接和我沟通',
      '誰か説明してもらえませんか', 'どなたか手伝ってもらえませんか', 'ボットじゃわからないので誰か確認してください', '役に立たなかった、他に誰かいる？',
      '누가 좀 설명해 주실 수 있나요', '이거 누가 좀 봐주세요', '방금 답변 도움 안 됐어요 누구 있어요?', '다른 분 없어요?', '도와줄 사람 없나요', '상담웜 연결',
      'alguien me lo puede explicar', 'que alguien me explique por favor', 'alguien me podría ayudar con esto', 'alguien ayúdeme por favor', 'no sirvió, hay alguien más?', 'hay algún operador en línea?', 'quiero hablar con un ajente',
      'kann mir bitte jemand helfen', 'kann mir jemand das erklären', 'ist hier ein Mensch?', "quelqu'un peut m'aider svp", "aidez-moi quelqu'un", 'alguém pode me explicar', 'alguém me ajuda por favor',
      'ada yang bisa bantu saya', 'bisa ngobrol sama seseorang', 'có ai giúp tôi được không', 'ai đó giúp tôi với', 'cho tôi nói chuyện với ai đó', 'هل يمكن لأحد مساعدتي', 'لم يفهم البوت، هل يوجد أحد؟',
    ]) expect(isHandoffRequest(text), text).toBe(true);
    for (const text of [
      'can someone explain the fees', 'can you explain this to me', 'someone sent me money', 'anyone else can see my balance?', 'how do I get a hold of support',
      '找个人跟我讲讲怎么充值', '谁能帮我转账', '来个红包', '有人帮我付款了', '还有别人能看到我的账单吗', '真人客服怎麼找', '街口支付的真人客服怎麼找',
      '誰か教えてください', '誰か送金してもらえますか', '他に何かありますか', '누가 송금 방법 좀 알려주세요', '제 돈을 누가 가져갔어요', '누구 계좌예요',
      'alguien me puede explicar cómo recargar', 'alguien me envió dinero', 'hay alguien más que pueda usar mi cuenta', '¿cuál es la línea de atención?', 'un empleado me cobró de más',
      'kann mir jemand Geld leihen', "quelqu'un peut m'envoyer de l'argent", 'alguém pode me enviar dinheiro', 'ada yang bisa kami bantu', 'có ai chuyển tiền cho tôi không', 'هل يمكن لأحد أن يرسل لي المال',
    ]) expect(isHandoffRequest(text), text).toBe(false);
  });

  it('hears an English word for a person typed into Chinese, Japanese, Korean or Spanish, not one after an English word nor one merely named', () => {
    for (const text of [
      '我要找agent', '帮我接一下human', '可以找个real person吗', '麻烦转CS一下', '能不能转一下human', '可以轉給real person嗎', '幫我轉一下human', '麻煩轉接agent', '给我接 human 吧',
      'agentにつないでください', 'real personにつないでほしい', 'staffの方に繋いでもらえますか',
      'agent 연결 부탁드려요', 'real person이랑 얘기하고 싶어요', 'human이랑 대화하고 싶어요', 'agent 불러주세요', 'staff 연결해 주세요', 'talk to agent 상담원이요',
      'necesito un real person ya', 'quiero hablar con customer service', 'me comunicas con un real person?', 'transfiéreme a un agent',
    ]) expect(isHandoffRequest(text), text).toBe(true);
    for (const text of ['agent是什么意思', '我以前做过agent', 'CS是什么', '代理商agent怎么申请', 'humanの意味は', 'agent 수수료가 얼마예요']) expect(isHandoffRequest(text), text).toBe(false);
  });

  it('hears a call arranged from a representative, an executive asked to contact or "revert back with", the desk asked to come out, a Korean particle typed apart and a person called here, not a call, an executive or a person told of', () => {
    for (const text of [
      'kindly arrange a call from your representative', 'please have an executive contact me regarding this', 'i have been waiting since morning, revert back with an executive',
      '你们客服能不能出来说句话', '經理可以出來一下嗎', '이거 상담원 한테 넘겨줘 제발', '상담원님 좀 여기로 불러주세요', '직원 에게 연결해 주세요',
    ]) expect(isHandoffRequest(text), text).toBe(true);
    for (const text of ['i had a call from your executive yesterday', 'the executive said he would revert back', '客服说退款能出来吗', '余额能不能出来', '상담원 한테 들었어요', '직원 한테 돈을 보냈어요', '여기로 송금해 주세요']) expect(isHandoffRequest(text), text).toBe(false);
  });

  it('hears no request in a question about the chat with a person: where its option is, what it costs, whether it is safe, its channels and days', () => {
    for (const text of [
      'where in the app is the option to chat with an agent', 'where do I find the button to talk to a person', 'does talking to an agent cost anything', 'is the chat with a human free?',
      'Buenos días, ¿por qué canales me puedo comunicar con servicio al cliente? Gracias', '¿dónde está en la app la opción para hablar con un agente?', '¿cómo inicio un chat con una persona real desde la aplicación?', '¿hablar con un asesor tiene costo?',
      '跟客服聊天可以告诉他卡号吗', '和人工客服聊天安全吗', '跟客服聊天可以給CVV嗎', '在app哪裡可以找到真人客服', '真人客服禮拜天也有人值班嗎',
      '有人チャットはどこから始めますか', 'オペレーターとのチャットはどこでできますか',
      '상담원 채팅은 무료인가요', '주말에도 상담원과 얘기할 수 있나요', '상담원 연결은 어디서 하나요', '상담원과 통화하면 요금이 나오나요',
    ]) expect(isHandoffRequest(text), text).toBe(false);
    for (const text of [
      'can i talk to an agent? is it free', 'quiero hablar con un asesor, ¿es gratis?', 'quisiera hablar con un agente sobre un cargo en mi billetera', '跟客服聊天安全吗？算了直接转人工吧', '那我还是要跟客服聊一下',
      '有人対応はどこですか', '상담원 어디 있어요', '상담원 연결 비용 있나요? 그래도 연결해 주세요',
    ]) expect(isHandoffRequest(text), text).toBe(true);
  });
});
