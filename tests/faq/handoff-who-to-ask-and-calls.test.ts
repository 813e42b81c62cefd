import { beforeAll, describe, expect, it } from 'vitest';
import type { FaqEngine } from '../../faq/index.ts';
import { personRequestOf } from '../../faq/handoff.ts';
import { walletEngine } from '../helpers/faq-model-seed.ts';

/**
 * Requests for a person as strangers write them (session 40): "who do I ask?" after a story of no one answering, passed up
 * to the one who can see the account, a call booked with the desk, someone asked to look at the account after the story,
 * the one on duty now, 当面找人, someone shown the screen, a person reading asked to reply, someone in charge asked to
 * explain. Each read as no request (an entry, a "did you mean" or nothing) before.
 */
describe('requests after a story, by who can help, by a booked call (session 40)', () => {
  it.each([
    // "who do I ask" after no one answered
    '提现三天了还没到，客服也没人回，我该找谁',
    '退款申請了一週都沒人處理，這要找誰',
    '本人確認が通らず、問い合わせても誰も返事をくれません。誰に相談すればいいですか',
    '환불 신청한 지 일주일인데 아무도 연락이 없어요. 누구한테 문의해야 하나요',
    'My withdrawal has been pending for a week and nobody replies to my emails. Who should I talk to?',
    'Mi retiro lleva una semana pendiente y nadie da una explicación. ¿A quién le pregunto entonces?',
    // passed to the one who can do it
    '能不能升级给可以查看后台的同事',
    '入金履歴を確認できる方に引き継いでください',
    '송금 내역 확인할 수 있는 분한테 연결해 주세요',
    'Escálame con alguien que tenga acceso a mi cuenta',
    // a call booked with the desk, or asked of a person for someone else
    'Can I schedule a phone call with support?',
    'Quisiera programar una videollamada con un asesor',
    'オペレーターとの通話を予約したいです',
    '고객센터랑 통화 예약하고 싶어요',
    '想预约客服跟我语音沟通',
    'My mother cannot type well. Could someone call her?',
    // someone asked to look at the account, after the story
    'The transfer shows completed but never arrived. Can someone from your team actually look into it?',
    'Ya intenté de todo. ¿Alguien del equipo me puede revisar la cuenta?',
    '결제가 계속 실패해요. 직원분이 제 계좌 좀 확인해 주실 수 있나요',
    // the one on duty now, a person face to face, a matter told to a person
    '现在有值班的客服吗',
    '我想当面找人问清楚',
    '担当の方に直接お伝えしたいことがあります',
    'Prefiero explicárselo a un asesor',
    'Could we talk this over with a member of your staff?',
    // someone shown the screen, a person reading asked to reply, someone in charge to explain, the unit that handles it
    'Could an agent screen share with me and show me the steps?',
    '有没有人能视频帮我看一下怎么操作',
    '画面共有で見てくれる人はいますか',
    '화면 공유로 봐 주실 분 있나요',
    'Is anyone real reading this? Can a human see my messages?',
    '사람이 읽고 있으면 답장 좀 주세요',
    'I need someone in charge to explain why my money is held.',
    '責任ある方から説明していただきたいです',
    '我要跟客服本人沟通',
    'route me to the team that handles disputes please',
    '결제 처리하는 팀으로 돌려 주세요',
    'pásame al departamento de fraudes',
  ])('"%s" asks for a person', (text) => {
    expect(personRequestOf(text)).toBe('asks');
  });

  it.each([
    // the pack's own: who to go to after another story, or with a complaint
    '網拍的賣家收了錢就消失了，我該找誰',
    'I want to file a complaint, who do I talk to',
    '我要投诉，找谁',
    // money sent to the one who sold it, a call had, a phone call's cost
    '我转给卖东西的人了',
    'I had a video call with an agent yesterday',
    'オペレーターとの通話は無料ですか',
  ])('"%s" is not', (text) => {
    expect(personRequestOf(text)).not.toBe('asks');
  });
});

// One engine for the file: building it is the slow part.
let wallet: FaqEngine;
beforeAll(async () => {
  wallet = await walletEngine();
}, 180_000);

describe('the wallet engine on these requests (session 40)', () => {
  // Answered as transaction-failed, transaction-history, contact-support or unrecognized-charge before (main d594d38, seed 77).
  it.each([
    '交易一直显示审核中已经五天了，都没人给个解释，这事我该找谁',
    'FAQ에 나온 건 다 해봤어요. 결제 내역 볼 수 있는 분한테 넘겨주세요',
    '¿Puedo agendar una llamada con soporte técnico?',
  ])('hands "%s" to a person', (text) => {
    expect(wallet.answer(text).kind).toBe('handoff');
  });
});
