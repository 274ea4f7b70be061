/** What every importer returns: rates read from a price API, each aimed at one field of one offer. */
import type { Json } from './canonical.ts';

export interface TierValue {
  upTo: number | null;
  pricePerUnit: number;
}

export interface ImportedRate {
  /** pricing-data file, e.g. aws.json */
  file: string;
  offerId: string;
  /** The provider region code of the offer entry (an id appears once per area). */
  region: string;
  /**
   * Path inside the offer. A segment `key=value` selects the array element whose `key` is `value`,
   * e.g. ['meters', 'basis=requests', 'tiers'].
   */
  path: string[];
  value: number | TierValue[];
  /** Human label for the change summary, e.g. "Lambda duration (AWS-Lambda-Duration)". */
  label: string;
  /** The API URL the rate was read from. */
  source: string;
}

export interface ImportResult {
  importer: string;
  rates: ImportedRate[];
  /** Problems that leave a rate as it was (a SKU not found, a page skipped); printed, not fatal. */
  warnings: string[];
  /** Set when the importer did not run at all (e.g. no API key), with the reason. */
  skipped?: string;
}

/** A raw catalog file as JSON (never the zod-parsed form: defaults must not leak into the files). */
export type RawFile = { [key: string]: Json };
export type RawOffer = { [key: string]: Json };

export function rawOffers(file: RawFile | undefined): RawOffer[] {
  const offers = file?.offers;
  return Array.isArray(offers)
    ? offers.filter((o): o is RawOffer => o !== null && typeof o === 'object' && !Array.isArray(o))
    : [];
}

export const str = (v: Json | undefined): string | undefined =>
  typeof v === 'string' ? v : undefined;
