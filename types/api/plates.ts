/** Contract of 打印二维码牌: the QR plates of some posts or of a township, for the printable A4 sheet. */
import * as v from 'valibot';
import { PostIdSchema } from './common';

/** admin.plates: the QR plates (二维码牌) of some posts or of a whole township, for the printable sheet. */
export const PlatesInputSchema = v.strictObject({
  postIds: v.optional(
    v.pipe(
      v.array(PostIdSchema, '岗位编号不正确'),
      v.minLength(1, '请选择先锋岗'),
      v.maxLength(200, '一次最多200个先锋岗'),
    ),
  ),
  townshipCode: v.optional(v.pipe(v.string('乡镇代码必须是文字'), v.regex(/^\d{9}$/, '乡镇代码应为9位数字'))),
});
/** The slogan printed on every plate. */
export const PLATE_SLOGAN = '微信扫一扫 法律全知晓';
export interface Plate {
  postId: string;
  name: string;
  villageName: string;
  townshipName: string;
  /** The QR image: a wxacode in cloud storage (production) or `/qr/<postId>.svg` of the `/s/<postId>` link (local). */
  imageUrl: string;
  link: string;
}
export interface PlatesData {
  title: string;
  slogan: string;
  plates: Plate[];
}
