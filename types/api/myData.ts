/** Contract of 下载我的数据: a resident downloads everything the system holds about them as one JSON file. */
import * as v from 'valibot';
import type { AdminFile } from './files';

/** resident.myData: 'inline' (H5) answers the file's text; 'file' (WeChat) stores it in cloud storage. */
export const MyDataInputSchema = v.strictObject({
  delivery: v.optional(v.picklist(['inline', 'file'], '下载方式不正确'), 'inline'),
});
export type MyDataInput = v.InferInput<typeof MyDataInputSchema>;

/** Reply of resident.myData. */
export interface MyDataReply {
  /** 我的数据_<yyyymmdd>.json */
  filename: string;
  /** The file's text (UTF-8 JSON) when delivered inline; '' when stored. */
  json: string;
  /** The stored file (delivery 'file'). */
  file?: AdminFile;
  /** How many requests and notices the file holds, for the page to say. */
  requests: number;
  notices: number;
}
