/**
 * TemplateCard, the platform pair's shared face: Taro's resolver picks TemplateCard.weapp.tsx or
 * TemplateCard.h5.tsx by TARO_ENV; this file is what tsc and jest see.
 */
export { TemplateCard } from './TemplateCard.h5';
