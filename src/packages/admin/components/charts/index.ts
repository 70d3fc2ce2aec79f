/**
 * Charts of the admin pages, drawn with plain Views whose heights and widths are percentages.
 *
 * Why not a chart library: a canvas library (AntV F2 5.x pulls in @antv/f-engine, gl-matrix, d3-cloud and more)
 * would cost far more of the admin subpackage's 500 KB budget than these few hundred lines, and needs its own
 * canvas handling on each platform (`<Canvas type="2d">` with a node query on weapp, a DOM canvas on H5). Every
 * chart here is bars (trend, hour of day, weekday, funnel), which Views draw exactly, on both platforms, with
 * text a screen reader reads (each bar carries its number and an aria-label such as 11-28：123次), and with the
 * elder-mode type sizes for free.
 */
export { BarChart, type BarPoint, type BarChartProps } from './BarChart';
export { HBarChart, type HBarRow, type HBarChartProps } from './HBarChart';
export { Funnel, type FunnelStep, type FunnelProps } from './Funnel';
export { compactNumber } from './format';
