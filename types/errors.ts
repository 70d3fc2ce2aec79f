/** Stable error codes (English identifiers) with their HTTP status and Chinese message for users. */

export const ERRORS = {
  INVALID_INPUT: { status: 400, message: '填写的内容有误，请检查后再试' },
  MALFORMED_BODY: { status: 400, message: '请求格式不正确' },
  UNAUTHENTICATED: { status: 401, message: '请先登录后再操作' },
  FORBIDDEN: { status: 403, message: '您没有权限进行此操作' },
  OUT_OF_SCOPE: { status: 403, message: '只能查看您负责区域内的数据' },
  NOT_FOUND: { status: 404, message: '没有找到要访问的内容' },
  UNKNOWN_FUNCTION: { status: 404, message: '没有这个服务' },
  UNKNOWN_ACTION: { status: 404, message: '没有这个操作' },
  POST_NOT_FOUND: { status: 404, message: '没有找到这个先锋岗，请确认二维码是否完整' },
  POST_RETIRED: { status: 404, message: '这个先锋岗已撤销，您仍可拨打下方电话求助' },
  REQUEST_NOT_FOUND: { status: 404, message: '没有找到这条诉求，可能已被删除' },
  CONTENT_REJECTED: {
    status: 400,
    message:
      '内容含有辱骂、威胁或广告等不适宜的信息，请删去这些字词后再提交；如实讲述遇到的事（如被骗、被打的经过）不受影响',
  },
  REQUEST_CLOSED: { status: 409, message: '这条诉求已办结，不能再操作' },
  REQUEST_CHANGED: { status: 409, message: '这条诉求刚刚已被其他人处理，请刷新后查看' },
  INVALID_TRANSITION: { status: 409, message: '当前状态下不能进行此操作，请刷新后查看' },
  ALREADY_RATED: { status: 409, message: '您已经评价过了，谢谢' },
  OFFICE_NOT_FOUND: { status: 404, message: '没有找到要转交的单位，请重新选择' },
  OFFICE_OUT_OF_REGION: { status: 403, message: '只能转交给本乡镇、本县（市、区）或市级的单位，请从列出的单位中选择' },
  INVITE_NOT_FOUND: { status: 404, message: '邀请码不存在，请向管理员确认' },
  INVITE_USED: { status: 409, message: '这个邀请码已被使用，请向管理员重新申请' },
  INVITE_EXPIRED: { status: 410, message: '邀请码已过期，请向管理员重新申请' },
  ALREADY_BOUND: { status: 409, message: '您的微信已绑定其他身份，请先在“我的资料”中解除绑定' },
  PERIOD_INVERTED: { status: 400, message: '结束日期不能早于开始日期' },
  PERIOD_TOO_LONG: { status: 400, message: '统计周期最长一年（366天）' },
  OUTSIDE_CITY: { status: 400, message: '位置不在本市范围内，请检查经纬度' },
  POST_EXISTS: { status: 409, message: '这个岗位编号已被使用，请换一个' },
  VILLAGE_NOT_FOUND: { status: 404, message: '没有找到这个村，请检查村代码' },
  VOLUNTEER_NOT_FOUND: { status: 404, message: '没有找到这位志愿者' },
  IMPORT_UNREADABLE: { status: 400, message: '无法读取这个文件，请使用导入模板另存为CSV后再试' },
  IMPORT_HAS_ERRORS: { status: 400, message: '文件中有错误的行，未导入任何一行；请修改后重试，或选择只导入无误的行' },
  BOOTSTRAP_DISABLED: { status: 403, message: '未开放首位管理员绑定' },
  BOOTSTRAP_WRONG: { status: 403, message: '口令不正确' },
  BOOTSTRAP_CLOSED: { status: 409, message: '已有管理员，请向管理员申请邀请码' },
  // One answer for every refused bootstrap (wrong secret, none set, an admin exists): a guesser learns nothing.
  BOOTSTRAP_REFUSED: { status: 403, message: '无法绑定首位管理员：口令不正确或已关闭，请向管理员申请邀请码' },
  LIMIT_REACHED: { status: 400, message: '数量已达上限，请先删除不用的再添加' },
  METHOD_NOT_ALLOWED: { status: 405, message: '请求方式不正确' },
  SCAN_ID_CONFLICT: { status: 409, message: '扫码记录编号重复，请重新扫码' },
  BODY_TOO_LARGE: { status: 413, message: '提交的内容过大' },
  FILE_NOT_FOUND: { status: 404, message: '文件不存在或已过期，请重新选择文件' },
  FILE_TOO_LARGE: { status: 413, message: '文件太大，请选择小一些的文件' },
  RATE_LIMITED: { status: 429, message: '操作太频繁，请稍后再试' },
  STORAGE_FAILED: { status: 503, message: '照片删除未完成，其他数据尚未删除，请稍后重试' },
  CROSS_SITE: { status: 403, message: '拒绝来自其他网站的请求，请从先锋岗页面操作' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: '请求格式不正确，请从先锋岗页面操作' },
  BAD_URL: { status: 400, message: '网址格式不正确，请检查链接是否完整' },
  // The server's storage refuses writes (a read-only disk or a full one): nothing was saved; reading still works.
  STORE_READ_ONLY: { status: 503, message: '系统维护中，暂时只能查看、不能保存，请稍后再试' },
  STORE_FULL: { status: 503, message: '系统存储空间已满，暂时不能保存，请稍后再试' },
  STORE_UNAVAILABLE: { status: 503, message: '系统存储暂时不可用，请稍后再试' },
  INTERNAL: { status: 500, message: '服务暂时不可用，请稍后再试' },
  NETWORK: { status: 0, message: '网络不给力，请检查网络后重试' },
} as const;

/** The answers of a server whose storage refuses writes for now: the same call may succeed later. */
export const STORE_FAULT_CODES = ['STORE_READ_ONLY', 'STORE_FULL', 'STORE_UNAVAILABLE'] as const;

/** One of the stable error codes. */
export type ErrorCode = keyof typeof ERRORS;

/** The error half of every function's reply. */
export interface ApiError {
  code: ErrorCode;
  message: string;
  /** The input field the error is about (a top-level key, or a dotted path such as `channels.0`); absent when none. */
  field?: string;
}

/** Every function replies with this envelope, on both the cloud and the local runtime. */
export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError };

/** What a handler may say beside the code: a more precise Chinese message, and the input field it is about. */
export interface AppErrorDetail {
  message?: string;
  field?: string;
}

/** An error a handler throws on purpose: its code is stable, its message is shown to the user beside `field`. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly field?: string;
  constructor(code: ErrorCode, detail?: string | AppErrorDetail) {
    const { message, field } = typeof detail === 'string' ? { message: detail, field: undefined } : (detail ?? {});
    super(message ?? ERRORS[code].message);
    this.code = code;
    if (field !== undefined) this.field = field;
    this.name = 'AppError';
  }
  get status(): number {
    return ERRORS[this.code].status;
  }
}

/** True when a value has the shape of an ApiError. */
export function isApiError(value: unknown): value is ApiError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ApiError).code === 'string' &&
    (value as ApiError).code in ERRORS &&
    ['string', 'undefined'].includes(typeof (value as ApiError).field)
  );
}
