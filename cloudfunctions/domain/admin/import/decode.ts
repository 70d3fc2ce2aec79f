/**
 * Reading an uploaded CSV file: base64 → bytes → text. UTF-8 (with or without BOM) when the bytes are valid UTF-8,
 * else GBK, which is what Excel saves as 「CSV（逗号分隔）」 on a Chinese Windows; anything that is neither, or is
 * not text at all (an .xlsx, a picture), is IMPORT_UNREADABLE with a message that says what to do.
 */
import { Buffer } from 'node:buffer';
import { TextDecoder } from 'node:util';
import iconv from 'iconv-lite';
import { IMPORT_MAX_BYTES } from '~/types/api/network';
import { AppError } from '~/types/errors';

export const FILE_TEXTS = {
  notBase64: '文件内容不正确，请重新选择文件',
  empty: '文件是空的',
  tooBig: '文件太大，最多2MB（约两万行）',
  xlsx: '这是Excel工作簿（.xlsx/.xls），请在Excel中「另存为」CSV（逗号分隔）后再导入',
  notText: '这个文件不是文字表格，请使用导入模板另存为CSV后再导入',
} as const;

/** The text of a file and the encoding it was read in. */
export interface DecodedFile {
  text: string;
  encoding: 'utf-8' | 'gbk';
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const DATA_URL = /^data:[^,]*;base64,/;
// C0 controls other than tab, line feed and carriage return never occur in a CSV a person saved.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** The bytes of a base64 string (a data: URL prefix is allowed); IMPORT_UNREADABLE when it is not base64. */
export function base64Bytes(file: string): Buffer {
  const clean = file.replace(DATA_URL, '').replace(/\s+/g, '');
  if (clean.length % 4 === 1 || !BASE64.test(clean)) throw new AppError('IMPORT_UNREADABLE', FILE_TEXTS.notBase64);
  return Buffer.from(clean, 'base64');
}

function looksBinary(bytes: Buffer): string | null {
  // Zip (xlsx) and OLE (xls) signatures.
  if (bytes.length >= 4 && bytes.readUInt32BE(0) === 0x504b0304) return FILE_TEXTS.xlsx;
  if (bytes.length >= 8 && bytes.readUInt32BE(0) === 0xd0cf11e0) return FILE_TEXTS.xlsx;
  return bytes.includes(0) ? FILE_TEXTS.notText : null;
}

/** Decodes the bytes of a CSV file; the BOM, if any, is dropped. */
export function decodeBytes(bytes: Buffer): DecodedFile {
  if (bytes.length === 0) throw new AppError('IMPORT_UNREADABLE', FILE_TEXTS.empty);
  if (bytes.length > IMPORT_MAX_BYTES) throw new AppError('IMPORT_UNREADABLE', FILE_TEXTS.tooBig);
  const binary = looksBinary(bytes);
  if (binary) throw new AppError('IMPORT_UNREADABLE', binary);
  let decoded: DecodedFile;
  try {
    // `fatal` makes invalid UTF-8 throw instead of turning into U+FFFD; the BOM is dropped by default.
    decoded = { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const text = iconv.decode(bytes, 'gbk');
    // iconv-lite never throws: bytes that are not GBK become U+FFFD.
    if (text.includes('\ufffd')) throw new AppError('IMPORT_UNREADABLE', FILE_TEXTS.notText);
    decoded = { text, encoding: 'gbk' };
  }
  if (CONTROL.test(decoded.text)) throw new AppError('IMPORT_UNREADABLE', FILE_TEXTS.notText);
  if (decoded.text.trim() === '') throw new AppError('IMPORT_UNREADABLE', FILE_TEXTS.empty);
  return decoded;
}

/** base64 → text. */
export function decodeFile(file: string): DecodedFile {
  return decodeBytes(base64Bytes(file));
}
