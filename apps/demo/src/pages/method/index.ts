import { html, render } from 'lit';
import type { Route } from '../../routing/route.js';
import { mountScaffold } from '../../shell/page-scaffold.js';
import type { AppContext, PageView } from '../../shell/page-view.js';
import { buildSection, coverageSection, estimationSection, sourcesSection } from './method-sections.js';

/**
 * Method: how the panel is built and estimated, its coverage and how it differs from the study's
 * data, and the licences. The dataset's own caveat is shown as the data package states it.
 */
export function mountPage(host: HTMLElement, ctx: AppContext, route: Route): PageView {
  return mountScaffold(host, ctx, route, () => ({
    draw() {
      const d = ctx.data.current;
      render(html`${buildSection()}${estimationSection()}${coverageSection(d)}${sourcesSection(d)}`, host);
    },
  }));
}
