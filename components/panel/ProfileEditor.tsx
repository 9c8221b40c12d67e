import { BUYER_LABEL } from '@/lib/data/legal-basis';
import { JURISDICTION_LABEL, knownFromLabel } from '@/lib/report/describe';
import { BUYER_KINDS, DOCUMENT_TYPES, type DocumentProfile, JURISDICTIONS, SECTORS } from '@/lib/types';
import { SECTOR_LABEL, TYPE_LABEL } from './labels';

type Field = 'type' | 'jurisdiction' | 'sector' | 'buyer';

interface Props {
  profile: DocumentProfile;
  override: Partial<DocumentProfile> | null;
  onChange(profile: Partial<DocumentProfile> | null): void;
}

const BUYER_NAMES: Record<string, string> = Object.fromEntries(
  Object.entries(BUYER_LABEL).map(([k, v]) => [k, v.charAt(0).toUpperCase() + v.slice(1)]),
);

/**
 * The document's type, place, buyer and sector, each correctable; a change re-runs the checks. Each says how
 * it was known: "detected" only when the text (or the portal's address) showed it, "assumed" for a default.
 */
export function ProfileEditor({ profile, override, onChange }: Props) {
  const set = (key: Field, value: string) => onChange({ ...override, [key]: value });
  const how = (key: Field) => {
    if (override?.[key]) return 'corrected';
    if (key === 'jurisdiction') return knownFromLabel(profile.knownFrom?.jurisdiction);
    if (key === 'buyer') return knownFromLabel(profile.buyer ? profile.knownFrom?.buyer : 'assumed');
    return 'detected';
  };
  const field = (key: Field, label: string, values: readonly string[], names: Record<string, string>) => (
    <label class="profile-field">
      <span>
        {label} ({how(key)})
      </span>
      <select
        value={profile[key] ?? 'local-government'}
        onChange={(e) => set(key, (e.currentTarget as HTMLSelectElement).value)}
      >
        {values.map((v) => (
          <option key={v} value={v}>
            {names[v]}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <fieldset class="profile">
      <legend>Document</legend>
      {field('type', 'Type', DOCUMENT_TYPES, TYPE_LABEL)}
      {field('jurisdiction', 'Jurisdiction', JURISDICTIONS, JURISDICTION_LABEL)}
      {field('buyer', 'Buyer', BUYER_KINDS, BUYER_NAMES)}
      {field('sector', 'Sector', SECTORS, SECTOR_LABEL)}
      {override && Object.keys(override).length > 0 && (
        <button type="button" class="link" onClick={() => onChange(null)}>
          Use the detected profile
        </button>
      )}
    </fieldset>
  );
}
