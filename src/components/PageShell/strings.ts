/** Texts of the page shell's privacy consent sheet. */
export const SHELL_STRINGS = {
  privacyTitle: '用前请您同意',
  privacyBody: '查找附近的先锋岗要用到您的位置。位置只用来算距离，不会保存。',
  /** The short form elder mode shows. */
  privacyBodyShort: '位置只用来算距离，不保存。',
  privacyLink: '查看《隐私说明》',
  agree: '同意',
  refuse: '拒绝',
} as const;

/** Where the privacy notice lives (subpackage packages/privacy). */
export const PRIVACY_PAGE_URL = '/packages/privacy/pages/index/index';
