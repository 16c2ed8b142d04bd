/**
 * @peacepanel/charts: peacepanel's charts as SVG strings. Pure functions of their input, no DOM, so the
 * same code draws in the widget, the demo and the Node-written replication report.
 */

export * from './axes.js';
export * from './bands.js';
export * from './chart-types.js';
export * from './contrast.js';
export {
  CURVE_STYLE,
  type CurveGeometry,
  type CurveSvgOptions,
  curveGeometry,
  specificationCurveSvg,
} from './curve-svg.js';
export * from './effect-chart.js';
export * from './legend.js';
export * from './palette.js';
export * from './paths.js';
export * from './report-charts.js';
export * from './robustness-chart.js';
export * from './scales.js';
export * from './scenario-chart.js';
export * from './standalone.js';
export * from './svg.js';
export * from './text-width.js';
export * from './trend-chart.js';
