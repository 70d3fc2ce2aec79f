/**
 * Shared setup of the network tests (岗位管理, 导入, 二维码牌, 人员): the demo network over HTTP, the city, county and
 * township admins of the seed, places worked out from the dataset, and CSV files as an admin's browser sends them.
 */
import iconv from 'iconv-lite';
import { IMPORT_COLUMNS } from '~/types/api/network';
import type { Post, Region } from '~/types/domain';
import { Client, demoDataset, startHarness } from '../support/local-harness';
import { withHarness, type HarnessWorld } from './harness-world';

/** The demo network over HTTP with its city, county and township admins logged in. */
export type Network = HarnessWorld<'city' | 'county' | 'township'>;

/** The demo network with its three admins logged in, opened before a file's tests (or a describe's) and closed after. */
export function withNetwork(): Network {
  // Every caller a device of its own (behind a trusted proxy): the per-address limits are tested in limits.test.ts.
  return withHarness({ city: 'demo-admin', county: 'demo-county-admin', township: 'demo-township-admin' }, () =>
    startHarness(true, { web: { publicUrl: null, trustProxy: true } }),
  );
}

/** The scope of a demo admin. */
export function scopeOf(openid: string): string {
  return demoDataset().users.find((u) => u.openid === openid)!.regionCode;
}

/** The county of the demo county admin. */
export const COUNTY = scopeOf('demo-county-admin');
/** The township of the demo township admin. */
export const TOWNSHIP = scopeOf('demo-township-admin');

/** The villages of a region (by code prefix), code order. */
export function villagesIn(prefix: string): Region[] {
  return demoDataset()
    .regions.filter((r) => r.level === 'village' && r.code.startsWith(prefix))
    .sort((a, b) => (a.code < b.code ? -1 : 1));
}

/** The posts of a region (by village code prefix), id order. */
export function postsIn(prefix: string, status?: Post['status']): Post[] {
  return demoDataset()
    .posts.filter((p) => p.villageCode.startsWith(prefix) && (status === undefined || p.status === status))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** One row of an import file, by column. */
export type CsvRow = Partial<Record<(typeof IMPORT_COLUMNS)[number], string | number>>;

/** The text of an import file: the template's header, then the rows (quoted where needed). */
export function csvText(rows: CsvRow[], header: readonly string[] = IMPORT_COLUMNS): string {
  const cell = (v: string | number | undefined) => {
    const s = v === undefined ? '' : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return (
    [header.join(','), ...rows.map((r) => header.map((c) => cell(r[c as keyof CsvRow])).join(','))].join('\r\n') +
    '\r\n'
  );
}

/** The base64 a browser sends: UTF-8 with the BOM Excel writes, or GBK. */
export function csvFile(rows: CsvRow[], encoding: 'utf-8' | 'gbk' = 'utf-8', header?: readonly string[]): string {
  const text = csvText(rows, header);
  const bytes = encoding === 'gbk' ? iconv.encode(text, 'gbk') : Buffer.from(`\ufeff${text}`, 'utf8');
  return bytes.toString('base64');
}

/** Uploads an import file (base64 as csvFile makes it) once, as the app does; answers its id. */
export async function uploaded(c: Client, base64: string): Promise<string> {
  const res = await c.postBytes('/admin-files', Buffer.from(base64, 'base64'));
  expect(res.status).toBe(200);
  return res.json.data.fileId as string;
}

/** A good row for a village: a point up to ~1.5 km east of its centre, its name and address unique by `k`. */
export function rowFor(village: Region, k: number, extra: CsvRow = {}): CsvRow {
  return {
    岗位编号: '',
    岗位名称: `${village.name}导入岗${k}`,
    地址: `${village.name}第${k}号`,
    村代码: village.code,
    纬度: village.lat.toFixed(6),
    经度: (village.lng + (k % 50) * 0.0004).toFixed(6),
    ...extra,
  };
}

/** Asserts a refusal: its status, code and a Chinese message. */
export function expectRefused(
  res: { status: number; json: { error?: { code: string; message: string } } },
  status: number,
  code: string,
  message?: RegExp,
) {
  expect({ status: res.status, code: res.json.error?.code }).toEqual({ status, code });
  expect(res.json.error?.message).toMatch(message ?? /[\u4e00-\u9fff]/);
}
