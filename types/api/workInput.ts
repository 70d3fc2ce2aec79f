/** The pieces every worker input is made of: text limits, request and office ids, versions, days, invite codes. */
import * as v from 'valibot';
import { wholeNumber } from './common';
import { textField } from './text';

/** Limits of the texts a worker writes. */
export const WORK_LIMITS = {
  answer: { min: 5, max: 2000 },
  note: { min: 2, max: 500 },
  reason: { min: 5, max: 500 },
  templateTitle: { min: 2, max: 20, line: true },
  templateText: { min: 5, max: 2000 },
  name: { min: 2, max: 20, line: true },
  hours: { min: 2, max: 50, line: true },
} as const;

/**
 * A worker's or an admin's name (姓名) as an invite, the first admin's bootstrap and 我的资料 take it: one line,
 * plain, 2–20 characters that say something.
 */
export const PersonNameSchema = textField('姓名', WORK_LIMITS.name);

/** A worker keeps at most this many own answer templates. */
export const MAX_TEMPLATES = 20;
/** An answer links at most this many guides. */
export const MAX_GUIDE_LINKS = 5;

/** A request id (`r` + hex), as resident.requestDetail takes it. */
export const RequestIdSchema = v.pipe(v.string('编号必须是文字'), v.regex(/^r[0-9a-z]{8,40}$/, '编号格式不正确'));
/** The version of the request the caller last saw (from work.detail). */
export const VersionSchema = wholeNumber('版本号', 1, undefined, { min: '版本号不正确' });
/** A service point id (服务点编号), e.g. svc-jo-001. */
export const ServiceIdSchema = v.pipe(
  v.string('单位编号必须是文字'),
  v.regex(/^[0-9A-Za-z_-]{1,40}$/, '单位编号格式不正确'),
);
/** A guide id of the bundled guides (普法指南). */
// Guide ids are the bundled guides' ids, some with capitals (legalAid-who).
export const GuideIdSchema = v.pipe(
  v.string('指南编号必须是文字'),
  v.regex(/^[0-9A-Za-z-]{1,60}$/, '指南编号格式不正确'),
);
/** A calendar day, yyyy-mm-dd (the day a mediation step took place). */
export const DateSchema = v.pipe(v.string('日期必须是文字'), v.isoDate('日期格式应为 年-月-日'));
/** An invite code: 12 characters from an alphabet without look-alikes (0/O, 1/I/L). */
export const INVITE_CODE_PATTERN = /^[2-9A-HJKMNP-Z]{12}$/;
export const InviteCodeSchema = v.pipe(
  v.string('邀请码必须是文字'),
  v.trim(),
  v.toUpperCase(),
  v.regex(INVITE_CODE_PATTERN, '邀请码应为12位字母或数字'),
);
