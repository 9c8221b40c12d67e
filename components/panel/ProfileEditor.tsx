import { JURISDICTION_LABEL } from '@/lib/report/describe';
import { DOCUMENT_TYPES, type DocumentProfile, JURISDICTIONS, SECTORS } from '@/lib/types';
import { SECTOR_LABEL, TYPE_LABEL } from './labels';

interface Props {
  profile: DocumentProfile;
  override: Partial<DocumentProfile> | null;
  onChange(profile: Partial<DocumentProfile> | null): void;
}

/** The detected document type, jurisdiction and sector, each correctable; a change re-runs the checks. */
export function ProfileEditor({ profile, override, onChange }: Props) {
  const set = (key: keyof DocumentProfile, value: string) => onChange({ ...override, [key]: value });
  const field = (
    key: keyof DocumentProfile,
    label: string,
    values: readonly string[],
    names: Record<string, string>,
  ) => (
    <label class="profile-field">
      <span>
        {label}
        {override?.[key] ? ' (corrected)' : ' (detected)'}
      </span>
      <select value={profile[key]} onChange={(e) => set(key, (e.currentTarget as HTMLSelectElement).value)}>
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
      {field('sector', 'Sector', SECTORS, SECTOR_LABEL)}
      {override && Object.keys(override).length > 0 && (
        <button type="button" class="link" onClick={() => onChange(null)}>
          Use the detected profile
        </button>
      )}
    </fieldset>
  );
}
