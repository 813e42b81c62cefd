import { describe, expect, it } from 'vitest';
import { isHandoffRequest } from '../../faq/handoff.ts';
import { readChineseSlips, readKoreanSlips, readLatinSlips } from '../../faq/handoff-slips.ts';
import { normalizeText } from '../../faq/normalize.ts';

describe('readChineseSlips', () => {
  it.each([
    ['转仁工', '转人工'], ['帮我转认工', '帮我转人工'], ['转任工客服', '转人工客服'], ['给我转人宫', '给我转人工'],
    ['要真仁客服', '要真人客服'], ['转可服', '转客服'], ['找你们克服', '找你们客服'], ['人工科服', '人工客服'], ['联系客福', '联系客服'],
    ['传人工', '转人工'], ['帮我传一下真人', '帮我转一下真人'],
    ['我想联系你们客服部', '我想联系你们客服'], ['接通售后团队', '接通客服'], ['技术支援部门的同事', '客服'], ['退款组的人', '客服'],
  ])('%s → %s', (text, read) => {
    expect(readChineseSlips(normalizeText(text))).toBe(normalizeText(read));
  });

  it.each(['克服了很多困难', '确认工作日', '担任工程师', '信任公司', '传真号码', '支付中心在哪', '我们两人共用一个账户'])('leaves %s', (text) => {
    expect(readChineseSlips(normalizeText(text))).toBe(normalizeText(text));
  });
});

describe('readKoreanSlips', () => {
  it.each([
    ['상담언 연결', '상담원 연결'], ['상다원 불러 주세요', '상담원 불러 주세요'], ['상 담 원 연결', '상담원 연결'], ['직언분 연결', '직원분 연결'],
    ['상담원 한 분만 연결', '상담원 연결'], ['상당원 불러 주세요', '상담원 불러 주세요'], ['고객지원팀 연결해 주세요', '상담원 연결해 주세요'], ['기술 지원 팀 담당자님', '상담원'],
  ])('%s → %s', (text, read) => {
    expect(readKoreanSlips(normalizeText(text))).toBe(normalizeText(read));
  });

  it.each(['상담 언제 돼요', '상단 메뉴', '직언을 해 주세요'])('leaves %s', (text) => {
    expect(readKoreanSlips(normalizeText(text))).toBe(normalizeText(text));
  });
});

describe('readLatinSlips', () => {
  it.each([
    ['a real persom', 'a real person'], ['live agen', 'live agent'], ['a humane', 'a human'], ['un umano', 'un humano'],
    ['soprte tecnico', 'soporte tecnico'], ['un representate', 'un representante'], ['the suport team', 'the support team'], ['the support departmnet', 'the support department'],
  ])('%s → %s', (text, read) => {
    expect(readLatinSlips(text)).toBe(read);
  });

  it.each(['the agency', 'my personal details', 'talk to people', 'asesora', 'agentes humanos', 'persona', 'la gente'])('leaves %s', (text) => {
    expect(readLatinSlips(text)).toBe(text);
  });
});

describe('requests with mistyped person words or a team named', () => {
  it.each([
    '快帮我转仁工', '我要找你们克服', '麻烦给我传人工', '请帮我转到客服部门', '能帮我接通售后团队吗', '我想跟客服部沟通', '拜託轉認工',
    '我可以和你们的同事聊聊吗', '现在有谁能帮我处理吗',
    '지금 상담언 연결해 주세요', '상다원 연결 부탁해요', 'CS 팀 연결 좀 해 주세요', '고객지원팀 연결해 주세요', '기술지원팀으로 연결해 주세요',
    'i need a real persom', 'transfer me to a live agen', 'can i talk to a humane please', 'connect me with a reel person',
    'can someone from the customer support department contact me', 'can you get the support team on this', 'can the customer service department contact me',
    'quiero hablar con un umano', 'quiero hablar con soprte', 'quiero platicar con un asesor', '係りの方を呼んでください',
  ])('%s', (text) => {
    expect(isHandoffRequest(text)).toBe(true);
  });

  it.each([
    '上次克服了很多困难才实名认证成功', '客服部几点下班', '客服中心周末上班吗', '你们的客服团队在哪个城市', '传真号码是多少',
    '고객지원팀 운영 시간이 어떻게 되나요', '상담팀 덕분에 해결됐어요 감사합니다', '결제팀에서 문자가 왔어요',
    'i sent money to a persom', 'the agency charged me twice', 'what hours is your support team available',
    '¿en qué horario atiende el equipo de soporte?',
  ])('not %s', (text) => {
    expect(isHandoffRequest(text)).toBe(false);
  });

  // An Indonesian person word stays as typed beside the English reading of it.
  it('minta agen dong', () => {
    expect(isHandoffRequest('minta agen dong')).toBe(true);
  });
});
