import { describe, expect, it } from 'vitest';
import { toCsvCell, toCsvRow } from '@/lib/export/csv';
import { itEach } from '../../support/cases';
import { readCsv } from '../../support/read-csv';

describe('CSV cells', () => {
  itEach('%j → %j', toCsvCell, [
    ['plain', 'plain'],
    ['', ''],
    ['a,b', '"a,b"'],
    ['say "no"', '"say ""no"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    [' padded ', '" padded "'],
    ['£5 – “quoted”', '£5 – “quoted”'],
  ]);

  itEach('neutralises a formula-like cell %j', toCsvCell, [
    ['=1+1', "'=1+1"],
    ['+44 20 7219 3000', "'+44 20 7219 3000"],
    ['-2', "'-2"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=cmd', "'\t=cmd"],
    ['\r=cmd', `"'\r=cmd"`],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
  ]);

  it('leaves a formula character that is not first alone', () => {
    expect(toCsvCell('a=b')).toBe('a=b');
  });

  it('writes null and undefined as empty cells, numbers as they are', () => {
    expect(toCsvRow([null, undefined, 7, -3, true])).toBe(',,7,-3,true\r\n');
  });

  it('reads back as the same cells (neutralised ones with their quote)', () => {
    const cells = ['id', 'He said, "yes"', 'line\nbreak', '=SUM(1)', '', 'ok'];
    expect(readCsv(toCsvRow(cells) + toCsvRow(['x']))).toEqual([['id', 'He said, "yes"', 'line\nbreak', "'=SUM(1)", '', 'ok'], ['x']]);
  });
});
