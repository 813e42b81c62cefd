import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../faq/normalize.ts';
import { foldSynonyms } from '../../faq/synonyms.ts';

const fold = (text: string, locale: string) => foldSynonyms(normalizeText(text), locale);

/**
 * Japanese and Korean told without the entry's own word (session 40, para40c): each phrase reads as the pack's wording of
 * it, so a question holding it shares that wording's features. None of these phrases is in a pack document.
 */
describe('Japanese and Korean told without the entry’s word', () => {
  it.each([
    ['何設定したか全然思い出せへん', 'パスワードを忘れた', 'ja'],
    ['前に決めたのもう覚えてない', 'パスワードを忘れた', 'ja'],
    ['뭘로 설정했는지 기억이 안 나요', '비밀번호가 생각이 안 나요', 'ko'],
    ['예전에 정한 게 도무지 생각이 안 나요', '예전에 비밀번호가 생각이 안 나요', 'ko'],
    ['お金ってとられますか', '手数料ますか', 'ja'],
    ['毎月いくらか払うの', '手数料うの', 'ja'],
    ['同じ買い物で二重に引き落とされた', '同じ買い物で2回引かれされた', 'ja'],
    ['같은 주문이 중복 결제됐어요', '같은 주문이 결제가 두 번됐어요', 'ko'],
    ['편의점에서 잔액 넣을 수 있어요', '편의점에서 충전을 수 있어요', 'ko'],
    ['계정 자체를 없애고 싶어요', '탈퇴고 싶어요', 'ko'],
  ])('"%s" reads as "%s"', (told, pack, locale) => {
    expect(fold(told, locale)).toBe(fold(pack, locale));
  });

  it('keeps a payment not remembered a charge, not a forgotten password', () => {
    expect(fold('이 결제 한 기억이 안 나요', 'ko')).toBe(fold('이 결제 도용요', 'ko'));
    expect(fold('이 결제 한 기억이 안 나요', 'ko')).not.toContain('비밀번호');
  });
});
