import { css } from 'lit';

/** The dark theme's custom-property values, used by `theme="dark"` and by `auto` in a dark system scheme. */
const darkValues = css`
  --pe-background: #15181c;
  --pe-text: #eef0f2;
  --pe-muted: #b5bac1;
  --pe-grid: #343a42;
  --pe-axis: #8a929c;
  --pe-border: #3d444d;
  --pe-focus: #8ab4ff;
  --pe-accent-1: #7db4ff;
  --pe-accent-2: #ff9a76;
  --pe-accent-3: #86d08a;
  --pe-accent-4: #c9a7ff;
  --pe-band-opacity: 0.22;
  --pe-skeleton: #262b31;
  --pe-notice-background: #3a3000;
  --pe-notice-text: #ffe9a3;
  --pe-error-background: #3d1512;
  --pe-error-text: #ffc9c2;
`;

/**
 * Styles of `<partnership-effect>`. Every colour is a custom property with its default on `:host`,
 * so host pages theme the element from outside (`partnership-effect { --pe-accent-1: … }`); the
 * dark values apply with `theme="dark"`, or with `theme="auto"` (default) when the reader's system
 * prefers a dark scheme. Nothing here reaches outside the shadow root.
 */
export const partnershipEffectStyles = css`
  :host {
    --pe-font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
    --pe-font-size: 14px;
    --pe-chart-font-size: 12px;
    --pe-background: #ffffff;
    --pe-text: #1b1b1b;
    --pe-muted: #595959;
    --pe-grid: #e3e3e3;
    --pe-axis: #767676;
    --pe-border: #d0d0d0;
    --pe-focus: #0b57d0;
    --pe-accent-1: #1d5fa8;
    --pe-accent-2: #b23c17;
    --pe-accent-3: #2f7a34;
    --pe-accent-4: #6b3fa0;
    --pe-band-opacity: 0.18;
    --pe-skeleton: #ececec;
    --pe-notice-background: #fff6d6;
    --pe-notice-text: #4a3b00;
    --pe-error-background: #fdecea;
    --pe-error-text: #7a1a12;
    --pe-radius: 6px;
    display: block;
    box-sizing: border-box;
    container-type: inline-size;
    color: var(--pe-text);
    background: var(--pe-background);
    font-family: var(--pe-font-family);
    font-size: var(--pe-font-size);
    line-height: 1.45;
    min-width: 0;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='dark']) {
    ${darkValues}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkValues}
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  figure {
    margin: 0;
    padding: 12px;
    border: 1px solid var(--pe-border);
    border-radius: var(--pe-radius);
    background: var(--pe-background);
    color: var(--pe-text);
    font-family: var(--pe-font-family);
    font-size: var(--pe-font-size);
    font-style: normal;
    font-weight: 400;
    font-variant: normal;
    line-height: 1.45;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    cursor: auto;
    visibility: visible;
  }
  .title {
    display: block;
    margin: 0 0 4px;
    font-size: 1.15em;
    font-weight: 700;
    line-height: 1.3;
  }
  .reading {
    margin: 0 0 8px;
  }
  .notices {
    margin: 0 0 8px;
    padding: 0;
    list-style: none;
  }
  .notices li {
    margin: 0 0 4px;
    padding: 6px 10px;
    border-radius: 4px;
    background: var(--pe-notice-background);
    color: var(--pe-notice-text);
  }
  .plot {
    position: relative;
    width: 100%;
    min-width: 0;
  }
  .chart-wrap {
    position: relative;
  }
  svg.chart {
    display: block;
    overflow: visible;
  }
  .skeleton {
    display: flex;
    align-items: center;
    justify-content: center;
    border-radius: 4px;
    background: var(--pe-skeleton);
    color: var(--pe-text);
    animation: pe-pulse 1.6s ease-in-out infinite;
  }
  /* The pulse fades the background only: the loading text keeps full contrast throughout (axe checks it). */
  @keyframes pe-pulse {
    50% {
      background-color: transparent;
    }
  }
  .state {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: 10px;
    padding: 16px;
    border-radius: 4px;
    text-align: center;
  }
  .state.error {
    background: var(--pe-error-background);
    color: var(--pe-error-text);
  }
  .targets {
    position: absolute;
    inset: 0;
    pointer-events: none;
  }
  .pt {
    position: absolute;
    width: 16px;
    height: 16px;
    margin: -8px 0 0 -8px;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: transparent;
    cursor: pointer;
    pointer-events: auto;
  }
  .pt.active {
    background: var(--pe-background);
    box-shadow:
      0 0 0 3px var(--pe-text),
      inset 0 0 0 4px var(--pe-background);
  }
  .pt:focus-visible {
    outline: 3px solid var(--pe-focus);
    outline-offset: 3px;
  }
  .tooltip {
    position: absolute;
    z-index: 2;
    max-width: min(280px, 90%);
    padding: 6px 9px;
    border-radius: 4px;
    background: var(--pe-text);
    color: var(--pe-background);
    font-size: 0.9em;
    line-height: 1.35;
    pointer-events: none;
    transition: opacity 0.12s;
  }
  .tooltip[hidden] {
    display: none;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    align-items: center;
    margin: 10px 0 0;
  }
  button.action {
    min-height: 32px;
    padding: 4px 12px;
    border: 1px solid var(--pe-border);
    border-radius: 4px;
    background: var(--pe-background);
    color: var(--pe-text);
    font: inherit;
    font-size: 0.92em;
    cursor: pointer;
  }
  button.action:hover {
    border-color: var(--pe-text);
  }
  button:focus-visible {
    outline: 3px solid var(--pe-focus);
    outline-offset: 2px;
  }
  .downloads {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    align-items: center;
  }
  .downloads-label {
    color: var(--pe-muted);
  }
  footer {
    margin: 10px 0 0;
    padding: 8px 0 0;
    border-top: 1px solid var(--pe-border);
    color: var(--pe-muted);
    font-size: 0.86em;
  }
  footer p {
    margin: 0 0 4px;
  }
  /* One line on a phone: short credits, the full sources behind the disclosure. */
  .source-line {
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  details.sources {
    margin: 0 0 6px;
  }
  details.sources > summary {
    cursor: pointer;
    width: fit-content;
    margin-bottom: 4px;
    color: var(--pe-text);
  }
  details.sources > summary:focus-visible {
    outline: 2px solid var(--pe-focus);
    outline-offset: 2px;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.9em;
    font-variant-numeric: tabular-nums;
  }
  .table-wrap {
    max-height: 420px;
    overflow: auto;
  }
  caption {
    text-align: left;
    font-weight: 600;
    padding: 0 0 6px;
  }
  th,
  td {
    padding: 4px 8px;
    border-bottom: 1px solid var(--pe-grid);
    text-align: right;
  }
  th:first-child,
  td:first-child {
    text-align: left;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  /* Print: the chart and its sources, black on white; no controls (a sheet of paper has no buttons). */
  @media print {
    :host,
    :host([theme]) {
      --pe-background: #ffffff !important;
      --pe-text: #000000 !important;
      --pe-muted: #333333 !important;
      --pe-grid: #cccccc !important;
      --pe-axis: #000000 !important;
      --pe-border: #000000 !important;
      color: #000000;
      background: #ffffff;
    }
    figure {
      break-inside: avoid;
    }
    .controls,
    .downloads,
    .targets,
    .tooltip,
    .skeleton,
    .source-line,
    details.sources > summary {
      display: none !important;
    }
    /* Paper cannot open a disclosure: the full sources print in place of the short line. */
    details.sources::details-content {
      content-visibility: visible;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
    .tooltip {
      transition: none;
    }
  }
`;
