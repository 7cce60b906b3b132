import { describe, expect, it } from 'vitest';
import { toCsvCell, toCsvRow } from '@/lib/export/csv';

/** A small RFC 4180 reader, to check that what we write reads back as the same cells. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += ch;
  }
  return rows;
}

describe('CSV cells', () => {
  it.each([
    ['plain', 'plain'],
    ['', ''],
    ['a,b', '"a,b"'],
    ['say "no"', '"say ""no"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    [' padded ', '" padded "'],
    ['£5 – “quoted”', '£5 – “quoted”'],
  ])('%j → %j', (input, expected) => {
    expect(toCsvCell(input)).toBe(expected);
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['+44 20 7219 3000', "'+44 20 7219 3000"],
    ['-2', "'-2"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=cmd', "'\t=cmd"],
    ['\r=cmd', `"'\r=cmd"`],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
  ])('neutralises a formula-like cell %j', (input, expected) => {
    expect(toCsvCell(input)).toBe(expected);
  });

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
