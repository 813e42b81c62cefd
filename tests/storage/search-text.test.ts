import { describe, expect, it } from 'vitest';
import { highlightRanges, historySearch } from '../../server/storage/search-types.ts';

const marked = (text: string, query: string) =>
  highlightRanges(text, historySearch(query, { contact: false, limit: 1 }).terms).map(([a, b]) => text.slice(a, b));

describe('search highlights', () => {
  it('marks what matched in the text as shown, across scripts, widths, case and surrogate pairs', () => {
    expect(marked('我昨天的轉帳一直没有到账', '转账')).toEqual(['轉帳']);
    expect(marked('Order ＴＸ-2024 failed', 'tx 2024')).toEqual(['ＴＸ', '2024']);
    expect(marked('𠮷野家 转账 转账', '转账')).toEqual(['转账', '转账']);
    expect(marked('𠮷野家', '𠮷野')).toEqual(['𠮷野']);
    expect(marked('abcabc', 'bca abc')).toEqual(['abcabc']); // overlapping ranges merge
    expect(marked('nothing here', '转账')).toEqual([]);
  });
});
