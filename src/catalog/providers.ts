/**
 * The providers the catalog knows: the one list every offer's `providerId` is checked against.
 * `name` is how the page, the CLI and the exports name the provider. Adding a provider means adding
 * it here (see docs/ADDING-AN-OFFER.md).
 */
export const PROVIDERS = [
  { id: 'aws', name: 'AWS' },
  { id: 'gcp', name: 'Google Cloud' },
  { id: 'azure', name: 'Microsoft Azure' },
  { id: 'cloudflare', name: 'Cloudflare' },
  { id: 'vercel', name: 'Vercel' },
  { id: 'digitalocean', name: 'DigitalOcean' },
  { id: 'hetzner', name: 'Hetzner' },
  { id: 'fly', name: 'Fly.io' },
  { id: 'heroku', name: 'Heroku' },
] as const;

export type ProviderId = (typeof PROVIDERS)[number]['id'];

export const PROVIDER_IDS = PROVIDERS.map((p) => p.id) as [ProviderId, ...ProviderId[]];

/** The display name of a provider id. */
export function providerName(id: ProviderId): string {
  return PROVIDERS.find((p) => p.id === id)?.name ?? id;
}
