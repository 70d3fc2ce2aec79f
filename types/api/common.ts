/** Schema pieces shared by several actions (valibot: tree-shakable, so the app pays only for what it imports). */
import * as v from 'valibot';
import { POST_ID_PATTERN, REGION_CODE_PATTERN } from '../ids';

/** A post id as typed, scanned or linked. */
export const PostIdSchema = v.pipe(
  v.string('岗位编号必须是文字'),
  v.minLength(1, '缺少岗位编号'),
  v.maxLength(32, '岗位编号不能超过32个字符'),
  v.regex(POST_ID_PATTERN, '岗位编号只能包含字母、数字、下划线和短横线'),
);

/** A region code (行政区划代码). */
export const RegionCodeSchema = v.pipe(
  v.string('区划代码必须是文字'),
  v.regex(REGION_CODE_PATTERN, '区划代码格式不正确'),
);

/** A coarse location the resident chose to share; only the distance to the post is kept. */
export const LocationSchema = v.strictObject({
  lat: v.pipe(v.number('纬度必须是数字'), v.minValue(-90, '纬度超出范围'), v.maxValue(90, '纬度超出范围')),
  lng: v.pipe(v.number('经度必须是数字'), v.minValue(-180, '经度超出范围'), v.maxValue(180, '经度超出范围')),
});

/** A file id as the app passes it back: a CloudBase fileID or a local id, never a path of its own choosing. */
export const AdminFileIdSchema = v.pipe(
  v.string('文件编号必须是文字'),
  v.minLength(1, '请先选择文件'),
  v.maxLength(300, '文件编号不正确'),
  v.regex(/^(cloud:\/\/[A-Za-z0-9._-]+\/[A-Za-z0-9._/-]+|a[0-9a-f]{24})$/, '文件编号不正确'),
);

/** What a whole-number field says when a value is not whole, too small or too large (default: named by its label). */
export interface WholeNumberMessages {
  integer?: string;
  min?: string;
  max?: string;
}

/** A whole number of at least `min` (and at most `max`, when given), its messages named for the field's `label`. */
export function wholeNumber(label: string, min: number, max?: number, say: WholeNumberMessages = {}) {
  const number = v.number(`${label}必须是数字`);
  const integer = v.integer<number, string>(say.integer ?? `${label}必须是整数`);
  const atLeast = v.minValue<number, number, string>(min, say.min ?? `${label}至少为${min}`);
  if (max === undefined) return v.pipe(number, integer, atLeast);
  return v.pipe(number, integer, atLeast, v.maxValue<number, number, string>(max, say.max ?? `${label}最多为${max}`));
}

/**
 * A uuid a create form makes once per record it creates (request-once.ts): a double tap or a retry after a lost
 * reply sends the same one and is answered with the record the first call made, never a second one.
 */
export const SubmissionIdSchema = v.optional(v.pipe(v.string('提交编号必须是文字'), v.uuid('提交编号格式不正确')));
