import { describe, expect, it } from 'vitest';
import { toCsv } from '../../server/reports/csv.ts';

describe('report CSV', () => {
  it('a text cell a spreadsheet would run as a formula is escaped; numbers are left alone', () => {
    const csv = toCsv(['name', 'n'], [['=HYPERLINK("http://evil.example","x")', -3], ['+1 555', 2], ['-2+3', 0], ['@SUM(A1)', 1], ['\tTab', 1], ['plain', null]]);
    expect(csv.split('\r\n')).toEqual([
      'name,n',
      `"'=HYPERLINK(""http://evil.example"",""x"")",-3`,
      `'+1 555,2`,
      `'-2+3,0`,
      `'@SUM(A1),1`,
      `'\tTab,1`,
      'plain,',
      '',
    ]);
  });

  it('quotes commas, quotes and line breaks (RFC 4180), and keeps Chinese text as it is', () => {
    expect(toCsv(['a'], [['退款, 很快'], ['say "hi"'], ['two\nlines']])).toBe('a\r\n"退款, 很快"\r\n"say ""hi"""\r\n"two\nlines"\r\n');
  });
});
