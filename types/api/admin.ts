/** Contract of the `admin` function (scan statistics; the full dashboard comes later). */
import * as v from 'valibot';
import { PostIdSchema, RegionCodeSchema } from './common';

/** admin.stats: today's and the last N days' scans of one post or one region (default: the admin's own scope). */
export const StatsInputSchema = v.strictObject({
  postId: v.optional(PostIdSchema),
  regionCode: v.optional(RegionCodeSchema),
  days: v.optional(
    v.pipe(
      v.number('天数必须是数字'),
      v.integer('天数必须是整数'),
      v.minValue(1, '天数至少为1'),
      v.maxValue(90, '天数最多为90'),
    ),
    7,
  ),
});
export type StatsInput = v.InferInput<typeof StatsInputSchema>;

/** Counts of one day. */
export interface DayPoint {
  day: string;
  count: number;
  unique: number;
}

/** Reply of admin.stats. */
export interface StatsData {
  subject: { kind: 'post' | 'region'; id: string; name: string };
  today: DayPoint;
  days: DayPoint[];
  total: { count: number };
}
