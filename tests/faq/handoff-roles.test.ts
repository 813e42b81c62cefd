import { describe, expect, it } from 'vitest';
import { isHandoffRequest, personRequestOf } from '../../faq/handoff.ts';

// Session 37: a person asked for by the role they have or the work they do (the one handling my case, someone from
// the risk team, a team leader, the concerned department), as English is written where it is a second language, a
// word typed again, and a request after its reason; beside each, the message that names such a person and asks
// nothing of them.
describe('the one in charge of something, or of a team, asked for', () => {
  it.each([
    '能不能让负责我这个案子的专员联系我', '请帮我联系负责盗刷的专员', '我想找懂帐户问题的专人', '帮我转接一下风控专员好吗', '幫我轉接一下盜刷專員好嗎',
    '请帮我转接今天值班的客服同事', '私の件を担当している方につないでください', '返金を担当している方に代わってください', 'チームのリーダーの方をお願いします',
    '決済の部署の方いらっしゃいますか', '팀 리더분 부탁드립니다', '이 건은 윗분께 올려 주실 수 있나요', 'I\'d like a team leader please',
    '¿podría revisar esto algún especialista?', '¿está alguien del área de pagos?', '¿podrías escalar esto a alguien con más rango de tu equipo?',
    '你们有没有专门处理盗刷的人', '麻烦帮我转给处理退款的同事', '不正利用の専門の人はいますか', '返金を処理している方に回してください',
    '年寄りなのでよくわかりません。どなたか電話で教えてくれませんか', 'hey can a real person have a look at my account pls', 'could you put a colleague on, please',
    '主管', '客服主管呢', '找值班经理', 'specialist pls', 'someone from the fraud team',
  ])('%s', (text) => {
    expect(isHandoffRequest(text)).toBe(true);
  });

  it.each([
    '退款专员说要等三天', '我想找负责转账的功能', '支払いを担当している人に送金しました', 'QRリーダーの方をお願いします', '카드 리더기 연결해 주세요',
    'my team leader asked me to pay', 'the concerned department already replied', 'hay una persona del area de ventas que me debe dinero',
    '我要转给负责收款的人', '转给处理退款的同事的钱到了吗', '有没有专门处理退款的页面', 'put a colleague on the account', 'i will have a look at my account', '誰か教えて', '谢谢主管', '我是经理', '项目经理',
  ])('not %s', (text) => {
    expect(isHandoffRequest(text)).toBe(false);
  });
});

describe('English as it is written where it is a second language', () => {
  it.each([
    'kindly connect me to your executive', 'good morning, kindly transfer my chat to the concerned department', 'pls help me contact with your staff, very urgent',
    'Ma\'am, can you please endorse my concern to your agent?', 'hello sir i need help from customer care person urgently', 'let me chat to a support guy',
    'ok forget it, I\'ll just take a human', 'agent plz asap',
  ])('%s', (text) => {
    expect(isHandoffRequest(text)).toBe(true);
  });

  it.each(['how do I contact your staff', 'how to contact with your staff', 'i will take the manager\'s advice'])('not %s', (text) => {
    expect(isHandoffRequest(text)).toBe(false);
  });
});

describe('a word typed again at once, a request after its reason, where the people went', () => {
  it.each([
    'agent agent now!!', 'human human pls', '客服呢 人都去哪了', '客服咧 人都跑去哪了', '자동 답변이 이해가 안 돼서 사람으로 전환할 수 있나요',
    '제가 타자를 잘 못 쳐서요 사람이 전화로 알려 주면 좋겠어요', '번거로우시겠지만 직원분과 직접 말씀 나눌 수 있을까요',
    '어제 앱으로 전기 요금 냈는데 실패라고 뜨고 돈은 빠져나갔어요 은행에도 물어봤는데 모르겠대요 담당자분이 확인 좀 해 주세요', '여기 상담원 있나', 'asesor porfis',
  ])('%s', (text) => {
    expect(isHandoffRequest(text)).toBe(true);
  });

  it.each(['보낸 사람이 알려 주면 어떻게 확인해요', '직원으로 전환되면 급여 계좌 바꿔야 하나요'])('not %s', (text) => {
    expect(isHandoffRequest(text)).toBe(false);
  });
});

describe('the human service asked about: how long it takes to answer, its line out of reach, what is said to it', () => {
  it.each(['人工客服一般多久能回复', '真人客服通常多久會回覆', '人工客服电话打不通怎么办', '客服電話一直打不進去怎麼辦'])('%s mentions a person, asks for none', (text) => {
    expect(personRequestOf(text)).toBe('mentions');
  });

  it.each(['我跟客服说的话会被保存吗', 'サポートに話した内容は保存されますか'])('not %s (what was said to a person)', (text) => {
    expect(isHandoffRequest(text)).toBe(false);
  });

  it.each(['人工客服电话打不通，直接帮我转人工', '我等了三天 客服电话打不通 现在就想找真人问清楚'])('%s still asks in its other part', (text) => {
    expect(isHandoffRequest(text)).toBe(true);
  });
});
