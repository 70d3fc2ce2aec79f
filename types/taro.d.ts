/// <reference types="@tarojs/taro" />
// Makes defineAppConfig / definePageConfig and Taro's globals typecheck.

declare module '*.png';
declare module '*.svg';
declare module '*.scss';

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV: 'weapp' | 'h5';
    /** Set by config/ at build time: the CloudBase environment id, empty for DYNAMIC_CURRENT_ENV. */
    CLOUD_ENV: string;
  }
}
