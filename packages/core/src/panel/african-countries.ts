/** An African state as the bundled data identify it. */
export interface AfricanCountry {
  /** Name as in the ViEWS country table (e.g. "Congo, DRC", "Cote d'Ivoire"). */
  name: string;
  /** ISO 3166-1 alpha-3. */
  iso3: string;
  /** Gleditsch–Ward code (equal to the COW code for every African state). */
  gwno: number;
  /** ViEWS `country_id`. */
  viewsId: number;
}

/**
 * The 54 African states of the ViEWS country-month skeleton with ISO3 and Gleditsch–Ward codes, from
 * `packages/data/raw/views_ged_cm/africa_country_crosswalk.csv` (a test checks they agree).
 * Reference: Gleditsch & Ward (1999) "Interstate System Membership: A Revised List", International
 * Interactions 25(4); ViEWS `country.parquet`.
 * @example AFRICAN_COUNTRIES.find((c) => c.iso3 === 'SLE')?.gwno // => 451
 */
export const AFRICAN_COUNTRIES: readonly AfricanCountry[] = [
  { name: 'Algeria', iso3: 'DZA', gwno: 615, viewsId: 67 },
  { name: 'Angola', iso3: 'AGO', gwno: 540, viewsId: 165 },
  { name: 'Benin', iso3: 'BEN', gwno: 434, viewsId: 74 },
  { name: 'Botswana', iso3: 'BWA', gwno: 571, viewsId: 154 },
  { name: 'Burkina Faso', iso3: 'BFA', gwno: 439, viewsId: 47 },
  { name: 'Burundi', iso3: 'BDI', gwno: 516, viewsId: 155 },
  { name: 'Cameroon', iso3: 'CMR', gwno: 471, viewsId: 69 },
  { name: 'Cape Verde', iso3: 'CPV', gwno: 402, viewsId: 40 },
  { name: 'Central African Republic', iso3: 'CAF', gwno: 482, viewsId: 70 },
  { name: 'Chad', iso3: 'TCD', gwno: 483, viewsId: 214 },
  { name: 'Comoros', iso3: 'COM', gwno: 581, viewsId: 159 },
  { name: 'Congo', iso3: 'COG', gwno: 484, viewsId: 166 },
  { name: 'Congo, DRC', iso3: 'COD', gwno: 490, viewsId: 167 },
  { name: "Cote d'Ivoire", iso3: 'CIV', gwno: 437, viewsId: 41 },
  { name: 'Djibouti', iso3: 'DJI', gwno: 522, viewsId: 55 },
  { name: 'Egypt', iso3: 'EGY', gwno: 651, viewsId: 222 },
  { name: 'Equatorial Guinea', iso3: 'GNQ', gwno: 411, viewsId: 76 },
  { name: 'Eritrea', iso3: 'ERI', gwno: 531, viewsId: 56 },
  { name: 'Ethiopia', iso3: 'ETH', gwno: 530, viewsId: 57 },
  { name: 'Gabon', iso3: 'GAB', gwno: 481, viewsId: 169 },
  { name: 'Ghana', iso3: 'GHA', gwno: 452, viewsId: 42 },
  { name: 'Guinea', iso3: 'GIN', gwno: 438, viewsId: 48 },
  { name: 'Guinea-Bissau', iso3: 'GNB', gwno: 404, viewsId: 49 },
  { name: 'Kenya', iso3: 'KEN', gwno: 501, viewsId: 237 },
  { name: 'Lesotho', iso3: 'LSO', gwno: 570, viewsId: 160 },
  { name: 'Liberia', iso3: 'LBR', gwno: 450, viewsId: 43 },
  { name: 'Libya', iso3: 'LBY', gwno: 620, viewsId: 213 },
  { name: 'Madagascar', iso3: 'MDG', gwno: 580, viewsId: 172 },
  { name: 'Malawi', iso3: 'MWI', gwno: 553, viewsId: 161 },
  { name: 'Mali', iso3: 'MLI', gwno: 432, viewsId: 50 },
  { name: 'Mauritania', iso3: 'MRT', gwno: 435, viewsId: 244 },
  { name: 'Mauritius', iso3: 'MUS', gwno: 590, viewsId: 173 },
  { name: 'Morocco', iso3: 'MAR', gwno: 600, viewsId: 243 },
  { name: 'Mozambique', iso3: 'MOZ', gwno: 541, viewsId: 162 },
  { name: 'Namibia', iso3: 'NAM', gwno: 565, viewsId: 170 },
  { name: 'Niger', iso3: 'NER', gwno: 436, viewsId: 78 },
  { name: 'Nigeria', iso3: 'NGA', gwno: 475, viewsId: 79 },
  { name: 'Rwanda', iso3: 'RWA', gwno: 517, viewsId: 156 },
  { name: 'Sao Tome and Principe', iso3: 'STP', gwno: 403, viewsId: 80 },
  { name: 'Senegal', iso3: 'SEN', gwno: 433, viewsId: 52 },
  { name: 'Seychelles', iso3: 'SYC', gwno: 591, viewsId: 174 },
  { name: 'Sierra Leone', iso3: 'SLE', gwno: 451, viewsId: 53 },
  { name: 'Somalia', iso3: 'SOM', gwno: 520, viewsId: 120 },
  { name: 'South Africa', iso3: 'ZAF', gwno: 560, viewsId: 163 },
  { name: 'South Sudan', iso3: 'SSD', gwno: 626, viewsId: 246 },
  { name: 'Sudan', iso3: 'SDN', gwno: 625, viewsId: 245 },
  { name: 'Swaziland', iso3: 'SWZ', gwno: 572, viewsId: 164 },
  { name: 'Tanzania', iso3: 'TZA', gwno: 510, viewsId: 242 },
  { name: 'The Gambia', iso3: 'GMB', gwno: 420, viewsId: 54 },
  { name: 'Togo', iso3: 'TGO', gwno: 461, viewsId: 81 },
  { name: 'Tunisia', iso3: 'TUN', gwno: 616, viewsId: 73 },
  { name: 'Uganda', iso3: 'UGA', gwno: 500, viewsId: 235 },
  { name: 'Zambia', iso3: 'ZMB', gwno: 551, viewsId: 157 },
  { name: 'Zimbabwe', iso3: 'ZWE', gwno: 552, viewsId: 158 },
];

const BY_GWNO = new Map(AFRICAN_COUNTRIES.map((c) => [c.gwno, c]));

/**
 * The African country with this Gleditsch–Ward (or COW) code, if any.
 * @example africanCountryByCode(520)?.name // => 'Somalia'
 */
export function africanCountryByCode(code: number): AfricanCountry | undefined {
  return BY_GWNO.get(code);
}
