/**
 * @jest-environment node
 *
 * Reading an import file: UTF-8 with or without BOM, GBK as Excel saves it on a Chinese Windows, and files that are
 * neither (binary, an .xlsx, bad base64, empty) refused with a message that says what to do.
 */
import iconv from 'iconv-lite';
import { decodeFile } from '~/cloudfunctions/domain/admin/import/decode';
import { parseRows } from '~/cloudfunctions/domain/admin/import/parse';
import { AppError } from '~/types/errors';

const HEADER = '岗位编号,岗位名称,地址,村代码,纬度,经度';
const ROW = ',幸福村村委会先锋岗,白城市洮北区幸福村,220802001201,45.61,122.83';
const b64 = (bytes: Buffer) => bytes.toString('base64');

function refusal(fn: () => unknown): { code: string; message: string } {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return { code: err.code, message: err.message };
    throw err;
  }
  throw new Error('expected a refusal');
}

test('UTF-8 with a BOM is read as UTF-8 and the BOM does not stick to the first column', () => {
  const text = `\ufeff${HEADER}\r\n${ROW}\r\n`;
  const decoded = decodeFile(b64(Buffer.from(text, 'utf8')));
  expect(decoded.encoding).toBe('utf-8');
  const rows = parseRows(decoded.text);
  expect(rows).toEqual([
    {
      row: 2,
      cells: {
        岗位编号: '',
        岗位名称: '幸福村村委会先锋岗',
        地址: '白城市洮北区幸福村',
        村代码: '220802001201',
        纬度: '45.61',
        经度: '122.83',
      },
    },
  ]);
});

test('a GBK file (Excel on a Chinese Windows) is read as GBK with its Chinese intact', () => {
  const decoded = decodeFile(b64(iconv.encode(`${HEADER}\r\n${ROW}\r\n`, 'gbk')));
  expect(decoded.encoding).toBe('gbk');
  expect(parseRows(decoded.text)[0].cells.岗位名称).toBe('幸福村村委会先锋岗');
});

test('binary files, workbooks, bad base64 and empty files are refused as unreadable, in Chinese', () => {
  const xlsx = Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4]);
  expect(refusal(() => decodeFile(b64(xlsx)))).toEqual({
    code: 'IMPORT_UNREADABLE',
    message: expect.stringMatching(/另存为」CSV/),
  });
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  expect(refusal(() => decodeFile(b64(png))).code).toBe('IMPORT_UNREADABLE');
  // Bytes that are neither UTF-8 nor GBK (0xFF never starts a GBK character).
  expect(refusal(() => decodeFile(b64(Buffer.from([0x41, 0xff, 0xff, 0x42])))).code).toBe('IMPORT_UNREADABLE');
  expect(refusal(() => decodeFile('这不是base64!!')).message).toMatch(/文件内容不正确/);
  expect(refusal(() => decodeFile(b64(Buffer.from('\ufeff \r\n', 'utf8')))).message).toBe('文件是空的');
});

test('a header missing columns names them; a header alone says there is no data', () => {
  const missing = refusal(() => parseRows('岗位编号,岗位名称,地址,村代码\n,甲,乙,220802001201\n'));
  expect(missing.code).toBe('IMPORT_UNREADABLE');
  expect(missing.message).toMatch(/^缺少列：纬度、经度/);
  expect(refusal(() => parseRows(`${HEADER}\n\n`)).message).toBe('文件只有表头，没有岗位数据');
});

test('rows keep the numbers a spreadsheet shows: blank lines are skipped but counted, extra columns ignored', () => {
  const rows = parseRows(`备注,${HEADER}\nx,${ROW}\n\n,,,,,,\ny,p1,"名称,带逗号",地址,220802001201,45.6,122.8\n`);
  expect(rows.map((r) => r.row)).toEqual([2, 5]);
  expect(rows[1].cells).toMatchObject({ 岗位编号: 'p1', 岗位名称: '名称,带逗号' });
});
