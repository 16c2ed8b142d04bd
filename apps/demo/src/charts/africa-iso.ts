/**
 * ISO 3166-1 alpha-3 → numeric codes of the African states, to join the panel (`iso3`) to Natural
 * Earth boundaries in `world-atlas`, whose feature ids are ISO numeric codes. Source: ISO 3166-1.
 * Somaliland has no ISO code in Natural Earth; it is drawn as part of Somalia (as the UCDP data count it).
 */
export const AFRICA_ISO_NUMERIC: Readonly<Record<string, string>> = {
  DZA: '012',
  AGO: '024',
  BEN: '204',
  BWA: '072',
  BFA: '854',
  BDI: '108',
  CMR: '120',
  CPV: '132',
  CAF: '140',
  TCD: '148',
  COM: '174',
  COG: '178',
  COD: '180',
  CIV: '384',
  DJI: '262',
  EGY: '818',
  GNQ: '226',
  ERI: '232',
  ETH: '231',
  GAB: '266',
  GMB: '270',
  GHA: '288',
  GIN: '324',
  GNB: '624',
  KEN: '404',
  LSO: '426',
  LBR: '430',
  LBY: '434',
  MDG: '450',
  MWI: '454',
  MLI: '466',
  MRT: '478',
  MUS: '480',
  MAR: '504',
  MOZ: '508',
  NAM: '516',
  NER: '562',
  NGA: '566',
  RWA: '646',
  STP: '678',
  SEN: '686',
  SYC: '690',
  SLE: '694',
  SOM: '706',
  ZAF: '710',
  SSD: '728',
  SDN: '729',
  SWZ: '748',
  TZA: '834',
  TGO: '768',
  TUN: '788',
  UGA: '800',
  ZMB: '894',
  ZWE: '716',
  ESH: '732',
};

/** Natural Earth features without an ISO id that belong to an African state. */
export const AFRICA_UNCODED_NAMES: Readonly<Record<string, string>> = { Somaliland: '706' };

const NUMERIC_TO_ISO3 = new Map(Object.entries(AFRICA_ISO_NUMERIC).map(([a, n]) => [n, a]));

/**
 * The alpha-3 code of an African ISO numeric code, or undefined outside Africa.
 * @example iso3FromNumeric('729') // => 'SDN'
 */
export function iso3FromNumeric(numeric: string): string | undefined {
  return NUMERIC_TO_ISO3.get(numeric);
}
