/** Months by deployment type. `unknown`: UN troops missing, so the type cannot be told. */
export interface DeploymentCounts {
  months: number;
  none: number;
  unOnly: number;
  nonunOnly: number;
  both: number;
  unknown: number;
  /** UN deployment months: UN troops > 0 (`unOnly + both`). */
  unMonths: number;
  /** UN deployment months with a non-UN partner present (`both`). */
  unWithPartner: number;
  /** `unWithPartner / unMonths`; null when there are no UN months. */
  shareUnWithPartner: number | null;
}

/** How UN and non-UN deployments overlap in a panel, overall and by year (`describeDeployments`). */
export interface DeploymentSummary {
  overall: DeploymentCounts;
  byYear: (DeploymentCounts & { year: number })[];
  /** The study's figure, for comparison: about 44% of UN deployment months 1993–2019 had a non-UN partner. */
  paperShare: number;
  /** How the types are defined, in words. */
  definition: string;
}
