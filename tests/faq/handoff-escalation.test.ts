import { describe, expect, it } from 'vitest';
import { isHandoffRequest, personRequestOf } from '../../faq/handoff.ts';

// Session 39: a case passed up (escalated, 升级, 이관, to tier 2), a person asked for by the unit they work in (compliance,
// 法务, 风控的人), a call back asked in forms the rules lacked, the one in charge told to come out, the bot turned off, and
// a request typed without spaces; beside each, the message that uses the same words and asks for no one.
describe('a case passed up, or a unit\'s people asked for', () => {
  it.each([
    '麻烦帮我升级到主管处理', '请把我的问题升级', '我想把这个投诉升级一下', '我要升級客訴', '能不能升级给经理',
    '找财务部门的同事确认一下', '我想和你们反诈团队的人聊一下', '能不能請法務部門的人跟我聯絡', '请风控的同事帮我看一下', '我需要懂盗刷的人帮我查',
    '可以转给资深客服吗', '幫我接高級客服',
    'escalate me to a senior agent', 'could you escalate this to someone more senior', 'put me through to second line support',
    'can i get escalated to level 2', 'i want to raise this with your management', 'take it up with a supervisor please', 'need to speak w/ compliance officer',
    'get me someone from the kyc team', 'i want someone from the legal department to check why my payout is held',
    '담당 부서로 이관 부탁드립니다', '이거 상급자한테 에스컬레이션 해 주세요', '제 민원 이관해 주세요', '팀장님 나오라고 하세요', '매니저 오라고 해요',
  ])('%s', (text) => {
    expect(isHandoffRequest(text)).toBe(true);
  });

  it.each([
    '怎么升级账户', '账户升级到高级会员', '我想升级一下', 'app升级处理中', '我跟风控的人说过了', '我要跟财务部门的人说过了',
    'how do i upgrade to level 2 verification', 'the compliance team said my id is fine', "i'll take it up with my bank", 'is tier 2 verification free',
    '앱 업데이트 이관이 뭐예요', '매니저가 오라고 했어요',
  ])('not %s', (text) => {
    expect(isHandoffRequest(text)).toBe(false);
  });
});

describe('a call back, the bot turned off, a request without spaces', () => {
  it.each([
    'quiero que me regresen la llamada', 'que alguien de fraudes me llame', 'necesito que un asesor me contacte', 'que me llamen por favor',
    '登録している携帯に電話してもらえますか', '登録した番号にお電話ください', '전화 다시 걸어주세요', '전화 좀 걸어 주실 수 있어요?',
    '关掉机器人', '把自动回复关了', '停掉这个机器人',
    'connectmetoanagent', 'talktoperson', 'humanplease', 'pasameconunasesor', 'quierohablarconunapersona',
  ])('%s', (text) => {
    expect(isHandoffRequest(text)).toBe(true);
  });

  it.each([
    'no quiero que me llamen, prefiero por correo', 'no quiero que me devuelvan la llamada', 'que me devuelvan el dinero',
    '登録の電話番号を変えたい', '怎么关闭智能客服', '可以关闭自动回复的通知吗', 'transferencia', 'personal', 'meaningful', 'password',
  ])('not %s', (text) => {
    expect(isHandoffRequest(text)).toBe(false);
  });
});

describe('a question whether a person reads the messages is about the service', () => {
  it.each(['このメッセージは人間が読んでいますか', 'チャットの内容って人が見てるの？', '送ったメッセージは全部スタッフが確認していますか'])('%s', (text) => {
    expect(personRequestOf(text)).toBe('mentions');
  });

  it.each(['スタッフの方、このチャット見てますか？', '誰か見てますか'])('%s still asks for someone there', (text) => {
    expect(isHandoffRequest(text)).toBe(true);
  });
});
