import { html, nothing, type TemplateResult } from 'lit';
import {
  CONTROLS,
  type ControlKey,
  DEFAULT_FORM,
  FAMILIES,
  FIXED_EFFECTS,
  formToParams,
  formulaOf,
  isTwoPart,
  type SpecForm,
  VCOVS,
} from './spec-form.js';

const VCOV_LABELS: Record<SpecForm['vcov'], string> = {
  cluster: 'Clustered by country (Stata CR1)',
  robust: 'Robust (HC1)',
  model: 'Model-based (expected information)',
  oim: 'Observed information (Stata default)',
};
const FAMILY_LABELS: Record<SpecForm['family'], string> = {
  negbin: 'Negative binomial (NB2)',
  poisson: 'Poisson',
  zip: 'Zero-inflated Poisson',
  zinb: 'Zero-inflated negative binomial',
  'hurdle-poisson': 'Hurdle Poisson',
  'hurdle-nb': 'Hurdle negative binomial',
};
const FE_LABELS: Record<SpecForm['fixedEffects'], string> = {
  none: 'None',
  country: 'Country',
  year: 'Year',
  'country+year': 'Country and year',
};

/** What the form needs besides the form itself: the outcomes offered, whether a job runs, the actions. */
export interface FormInput {
  f: SpecForm;
  outcomes: readonly string[];
  /** Numeric columns with no negative value (frequency weights). */
  weightColumns: readonly string[];
  /** Columns a second clustering may use. */
  clusterColumns: readonly string[];
  busy: boolean;
  setForm: (f: SpecForm) => void;
  fit: () => void;
  bootstrap: () => void;
  reset: (params: Record<string, string | undefined>) => void;
}

/**
 * The specification builder: outcome and troops, controls, estimation, the formula and the buttons.
 * @example // types-only: renders into the page (a DOM)
 * import { render } from 'lit';
 * const mount = (host: HTMLElement, ...args: Parameters<typeof specFormView>) => render(specFormView(...args), host);
 */
export function specFormView(input: FormInput): TemplateResult {
  return html`<form class="grid-2" @submit=${(e: Event) => {
    e.preventDefault();
    input.fit();
  }}>
      <div>
        ${troopsFieldset(input)}
        ${controlsFieldset(input)}
      </div>
      <div>
        ${estimationFieldset(input)}
        ${formulaAndActions(input)}
      </div>
    </form>`;
}

function troopsFieldset({ f, outcomes, setForm }: FormInput): TemplateResult {
  return html`<fieldset>
              <legend>Outcome and troops</legend>
              <label for="outcome">Outcome (count per country-month)</label>
              <select id="outcome" @change=${(e: Event) => setForm({ ...f, outcome: (e.target as HTMLSelectElement).value })}>
                ${outcomes.map((o) => html`<option value=${o} ?selected=${o === f.outcome}>${o}</option>`)}
              </select>
              <div>
              <label class="inline"><input type="checkbox" .checked=${f.un} @change=${(e: Event) => setForm({ ...f, un: (e.target as HTMLInputElement).checked })} /> UN troops (thousands)</label>
              <label class="inline"><input type="checkbox" .checked=${f.nonun} @change=${(e: Event) => setForm({ ...f, nonun: (e.target as HTMLInputElement).checked })} /> Non-UN troops (thousands)</label>
              <label class="inline"><input type="checkbox" .checked=${f.interaction} ?disabled=${!(f.un && f.nonun)} @change=${(e: Event) => setForm({ ...f, interaction: (e.target as HTMLInputElement).checked })} /> UN × non-UN interaction</label>
              </div>
              <label for="lag">Troop lag (months)</label>
              <select id="lag" @change=${(e: Event) => setForm({ ...f, lag: Number((e.target as HTMLSelectElement).value) })}>
                ${[0, 1, 2, 3].map((l) => html`<option value=${l} ?selected=${l === f.lag}>${l}${l === 1 ? ' (study)' : ''}</option>`)}
              </select>
            </fieldset>`;
}

function controlsFieldset({ f, setForm }: FormInput): TemplateResult {
  return html`<fieldset>
              <legend>Controls</legend>
              ${(Object.keys(CONTROLS) as ControlKey[]).map(
                (k) => html`<label class="inline"><input type="checkbox" .checked=${f.controls.includes(k)}
                  @change=${(e: Event) => {
                    const on = (e.target as HTMLInputElement).checked;
                    setForm({ ...f, controls: on ? [...f.controls, k] : f.controls.filter((c) => c !== k) });
                  }} /> ${CONTROLS[k].label}</label>`,
              )}
              <label for="fe">Fixed effects</label>
              <select id="fe" @change=${(e: Event) => setForm({ ...f, fixedEffects: (e.target as HTMLSelectElement).value as SpecForm['fixedEffects'] })}>
                ${FIXED_EFFECTS.map((x) => html`<option value=${x} ?selected=${x === f.fixedEffects}>${FE_LABELS[x]}</option>`)}
              </select>
            </fieldset>`;
}

function estimationFieldset({ f, setForm, weightColumns, clusterColumns }: FormInput): TemplateResult {
  return html`<fieldset>
              <legend>Estimation</legend>
              <label for="family">Family</label>
              <select id="family" @change=${(e: Event) => setForm({ ...f, family: (e.target as HTMLSelectElement).value as SpecForm['family'] })}>
                ${FAMILIES.map((x) => html`<option value=${x} ?selected=${x === f.family}>${FAMILY_LABELS[x]}</option>`)}
              </select>
              <label for="vcov">Standard errors</label>
              <select id="vcov" @change=${(e: Event) => setForm({ ...f, vcov: (e.target as HTMLSelectElement).value as SpecForm['vcov'] })}>
                ${VCOVS.map((x) => html`<option value=${x} ?selected=${x === f.vcov}>${VCOV_LABELS[x]}</option>`)}
              </select>
              ${columnSelect('cluster2', 'Second cluster column (two-way clustering, with clustered errors)', f.cluster2, clusterColumns, (v) => setForm({ ...f, cluster2: v }))}
              ${columnSelect('weights', 'Frequency weights column', f.weights, weightColumns, (v) => setForm({ ...f, weights: v }), isTwoPart(f))}
              <label for="reps">Bootstrap replications (cluster bootstrap; 0 = none)</label>
              <input id="reps" type="number" min="0" max="9999" step="1" .value=${String(f.reps)}
                @change=${(e: Event) => setForm({ ...f, reps: Math.max(0, Math.min(9999, Math.round(Number((e.target as HTMLInputElement).value) || 0))) })} />
              <label class="inline"><input id="wild" type="checkbox" .checked=${f.wild} ?disabled=${isTwoPart(f)}
                @change=${(e: Event) => setForm({ ...f, wild: (e.target as HTMLInputElement).checked })} />
                Wild cluster score bootstrap (Kline &amp; Santos 2012, for few clusters) instead of the pairs bootstrap</label>
              ${isTwoPart(f) ? html`<p class="muted">Zero-inflated and hurdle models: <code>|</code> in the formula starts the zero part (without it, the zero part uses the count terms); fixed effects, weights and the bootstrap are not available for them here.</p>` : nothing}
            </fieldset>`;
}

/** A select of a column, with "none" first (`disabled` when the model cannot use it). */
function columnSelect(
  id: string,
  label: string,
  value: string | undefined,
  columns: readonly string[],
  set: (v: string | undefined) => void,
  disabled = false,
): TemplateResult {
  return html`<label for=${id}>${label}</label>
    <select id=${id} ?disabled=${disabled} @change=${(e: Event) => set((e.target as HTMLSelectElement).value || undefined)}>
      <option value="" ?selected=${!value}>None</option>
      ${columns.map((c) => html`<option value=${c} ?selected=${c === value}>${c}</option>`)}
    </select>`;
}

function formulaAndActions({ f, busy, setForm, bootstrap, reset }: FormInput): TemplateResult {
  const formula = formulaOf(f);
  return html`<label for="formula">Formula (edit to write your own)</label>
            <textarea id="formula" rows="3" .value=${formula} data-testid="formula"
              @change=${(e: Event) => {
                const v = (e.target as HTMLTextAreaElement).value.trim();
                setForm({ ...f, custom: v && v !== formulaOf({ ...f, custom: undefined }) ? v : undefined });
              }}></textarea>
            <div class="toolbar" style="margin-top: 0.75rem">
              <button type="submit" ?disabled=${busy} data-testid="fit-button">Fit model</button>
              ${f.reps > 0 && !isTwoPart(f) ? html`<button type="button" class="secondary" ?disabled=${busy} @click=${bootstrap} data-testid="bootstrap-button">Run ${f.wild ? 'wild ' : ''}bootstrap (${f.reps})</button>` : nothing}
              <button type="button" class="secondary" ?disabled=${busy} @click=${() => reset({ ...formToParams(DEFAULT_FORM) })}>Reset to the study's model</button>
            </div>
            </div>`;
}
