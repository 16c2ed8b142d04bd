/**
 * @peacepanel/charts: peacepanel's charts as SVG strings. Pure functions of their input, no DOM, so the
 * same code draws in the widget, the demo and the Node-written replication report.
 */

export {
  CURVE_STYLE,
  type CurveGeometry,
  type CurveSvgOptions,
  curveGeometry,
  specificationCurveSvg,
} from './curve-svg.js';
export * from './svg-chart.js';
