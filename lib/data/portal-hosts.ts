/**
 * Known e-tendering portals where Tenderlight runs without being asked (shared/domain.md §6).
 * Hosts are exact, or a `*.` suffix only where the whole domain belongs to the portal suite; shared
 * platforms (Salesforce's my.site.com) are matched by the tenant's own prefix, never wildcarded.
 */
export interface PortalHost {
  /** exact host, or `*.domain` for every subdomain of a suite-owned domain */
  host: string;
  portal: string;
}

export const PORTAL_HOSTS: readonly PortalHost[] = [
  { host: 'www.find-tender.service.gov.uk', portal: 'Find a Tender' },
  { host: 'www.contractsfinder.service.gov.uk', portal: 'Contracts Finder' },
  { host: 'www.publiccontractsscotland.gov.uk', portal: 'Public Contracts Scotland' },
  { host: 'www.sell2wales.gov.wales', portal: 'Sell2Wales' },
  { host: 'www.sell2wales.gov.uk', portal: 'Sell2Wales (legacy)' },
  { host: 'etendersni.gov.uk', portal: 'eTendersNI' },
  { host: 'ted.europa.eu', portal: 'TED' },
  { host: '*.bravosolution.co.uk', portal: 'Jaggaer (BravoSolution): eTenderWales, eSourcing NI, CCS' },
  { host: '*.app.jaggaer.com', portal: 'Jaggaer' },
  { host: 'procontract.due-north.com', portal: 'Proactis ProContract' },
  { host: '*.delta-esourcing.com', portal: 'Delta eSourcing' },
  { host: 'www.delta-esourcing.com', portal: 'Delta eSourcing' },
  { host: 'in-tendhost.co.uk', portal: 'In-Tend' },
  { host: 'www.in-tendhost.co.uk', portal: 'In-Tend' },
  { host: 'atamis-1928.my.site.com', portal: 'Atamis' },
  { host: 'atamis-1928.my.salesforce-sites.com', portal: 'Atamis' },
  { host: 'atamis-ukparliament.my.salesforce-sites.com', portal: 'Atamis (UK Parliament)' },
  { host: 'supplier.ariba.com', portal: 'SAP Ariba' },
  { host: '*.eu-supply.com', portal: 'EU-Supply / Mercell' },
  { host: 's2c.mercell.com', portal: 'Mercell' },
  { host: 'contracts.mod.uk', portal: 'MOD Defence Contracts Online' },
  { host: 'www.etenders.gov.ie', portal: 'eTenders (Ireland)' },
];

/** Match patterns for the manifest: the content script and host permissions cover exactly these hosts. */
export const PORTAL_MATCHES: readonly string[] = [...new Set(PORTAL_HOSTS.map((p) => `*://${p.host}/*`))];

/** The portal a URL belongs to, or undefined. `*.x` matches subdomains of x only, as match patterns do. */
export function portalFor(url: string): PortalHost | undefined {
  let host: string;
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return undefined;
    host = u.hostname.toLowerCase();
  } catch {
    return undefined;
  }
  return PORTAL_HOSTS.find((p) =>
    p.host.startsWith('*.') ? host.endsWith(p.host.slice(1)) || host === p.host.slice(2) : host === p.host,
  );
}
