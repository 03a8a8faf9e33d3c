import {describe, expect, it} from 'vitest';
import {encodeCsv, type CsvColumn} from './csv';

interface Row {
  name: string | null;
  n?: number;
}
const columns: CsvColumn<Row>[] = [
  {header: '名称', value: (r) => r.name},
  {header: '数量', value: (r) => r.n},
];

describe('encodeCsv', () => {
  it('starts with the UTF-8 BOM and ends every line with CRLF', () => {
    expect(encodeCsv(columns, [{name: '公厕', n: 3}])).toBe('\uFEFF名称,数量\r\n公厕,3\r\n');
  });

  it('quotes cells with commas, quotes or line breaks, doubling the quotes', () => {
    const csv = encodeCsv(columns, [{name: '桑溪路,东段'}, {name: '他说"满了"'}, {name: '第一行\n第二行'}, {name: 'a\rb'}]);
    expect(csv.split('\r\n').slice(1, 5)).toEqual(['"桑溪路,东段",', '"他说""满了""",', '"第一行\n第二行",', '"a\rb",']);
  });

  it('defuses text that a spreadsheet would run as a formula', () => {
    const rows = ['=1+2', '+86 138', '-rm', '@SUM(A1)', '\tx', '普通=文字'].map((name) => ({name}));
    const cells = encodeCsv(columns, rows).split('\r\n').slice(1, 7).map((line) => line.replace(/,$/, ''));
    expect(cells).toEqual(["'=1+2", "'+86 138", "'-rm", "'@SUM(A1)", "'\tx", '普通=文字']);
  });

  it('quotes a defused cell that also holds a comma', () => {
    expect(encodeCsv(columns, [{name: '=HYPERLINK("http://x","点我")'}])).toContain(`"'=HYPERLINK(""http://x"",""点我"")",`);
  });

  it('keeps negative numbers as numbers and leaves missing values empty', () => {
    expect(encodeCsv(columns, [{name: null, n: -2.5}, {name: 'x', n: Number.NaN}])).toBe('\uFEFF名称,数量\r\n,-2.5\r\nx,\r\n');
  });

  it('writes only the header for no rows', () => {
    expect(encodeCsv(columns, [])).toBe('\uFEFF名称,数量\r\n');
  });
});
