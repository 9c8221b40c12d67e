import { useEffect, useMemo, useState } from 'preact/hooks';
import { csvReport } from '~/lib/report/csv';
import { htmlReport } from '~/lib/report/html';
import { jsonReport } from '~/lib/report/json';
import { type LetterParties, letterConcerns, letterReport } from '~/lib/report/letter';
import { markdownReport } from '~/lib/report/markdown';
import type { Review } from '~/lib/reviews/review';
import { getSetting, putSetting, type ReviewsDb } from '~/lib/store/reviews-db';
import type { CheckId } from '~/lib/types';
import { downloadText, reportFileName } from './download';
import { StatusBadge } from './StatusBadge';

interface Props {
  db: ReviewsDb;
  review: Review;
  /** saves pending edits first; resolves false (and shows why) when they are not valid */
  beforeExport: () => Promise<boolean>;
}

const FORMATS = [
  { id: 'md', label: 'Markdown', ext: 'md', type: 'text/markdown', build: (r: Review) => markdownReport(r) },
  { id: 'html', label: 'Printable HTML', ext: 'html', type: 'text/html', build: (r: Review) => htmlReport(r) },
  { id: 'csv', label: 'CSV', ext: 'csv', type: 'text/csv', build: (r: Review) => csvReport(r) },
  { id: 'json', label: 'JSON', ext: 'json', type: 'application/json', build: (r: Review) => jsonReport(r) },
] as const;

const PARTY_FIELDS: { key: keyof LetterParties & string; label: string; remember: boolean; hint: string }[] = [
  { key: 'recipient', label: 'To', remember: false, hint: 'e.g. Ms R. Okafor, Commissioning Manager' },
  { key: 'authority', label: 'Authority', remember: false, hint: 'e.g. Eastholm County Council' },
  { key: 'sender', label: 'Your name', remember: true, hint: 'as you sign letters' },
  { key: 'organisation', label: 'Branch or organisation', remember: true, hint: 'e.g. UNISON Eastholm branch' },
];

/** Every export of a review, and the letter to the commissioner with a preview to read before sending. */
export function ExportPanel({ db, review, beforeExport }: Props) {
  const [parties, setParties] = useState<LetterParties>({});
  const [copied, setCopied] = useState('');
  useEffect(() => {
    let live = true;
    Promise.all([getSetting(db, 'letter.sender'), getSetting(db, 'letter.organisation')]).then(([s, o]) => {
      if (live) setParties((p) => ({ ...p, sender: p.sender ?? s, organisation: p.organisation ?? o }));
    });
    return () => {
      live = false;
    };
  }, [db]);
  const [left, setLeft] = useState<ReadonlySet<CheckId>>(new Set());
  const concerns = useMemo(() => letterConcerns(review), [review]);
  const letter = useMemo(
    () => letterReport(review, parties, { only: concerns.map((r) => r.check.id).filter((id) => !left.has(id)) }),
    [review, parties, concerns, left],
  );
  // Once the rep edits the letter by hand, the fields no longer rewrite it, so no typing is lost.
  const [text, setText] = useState(letter);
  const [edited, setEdited] = useState(false);
  useEffect(() => {
    if (!edited) setText(letter);
  }, [letter, edited]);

  const exportAs = async (f: (typeof FORMATS)[number]) => {
    if (!(await beforeExport())) return;
    downloadText(reportFileName('review', review.title, review.savedAt, f.ext), f.build(review), f.type);
  };
  const printable = async () => {
    if (!(await beforeExport())) return;
    const url = URL.createObjectURL(new Blob([htmlReport(review)], { type: 'text/html;charset=utf-8' }));
    window.open(url, '_blank', 'noopener');
  };
  const setParty = (key: string, remember: boolean, value: string) => {
    setParties((p) => ({ ...p, [key]: value }));
    if (remember) putSetting(db, `letter.${key}`, value).catch(() => {});
  };

  return (
    <section class="exports" aria-labelledby="exports-title">
      <h2 id="exports-title">Export</h2>
      <div class="export-buttons">
        {FORMATS.map((f) => (
          <button type="button" key={f.id} onClick={() => exportAs(f)}>
            Download {f.label}
          </button>
        ))}
        <button type="button" onClick={printable}>
          Print or save as PDF
        </button>
      </div>
      <h2 id="letter-title">Letter to the commissioner</h2>
      <p class="muted">
        Raises each missing or weak check you tick below with the quoted evidence, why it matters, the legal basis and
        the wording you ask for. Your name and organisation are remembered on this computer only.
      </p>
      <div class="letter-fields">
        {PARTY_FIELDS.map((f) => (
          <label key={f.key}>
            {f.label}
            <input
              type="text"
              value={(parties[f.key] as string | undefined) ?? ''}
              placeholder={f.hint}
              maxLength={200}
              onInput={(e) => setParty(f.key, f.remember, (e.target as HTMLInputElement).value)}
            />
          </label>
        ))}
      </div>
      {concerns.length > 0 && (
        <fieldset class="letter-points">
          <legend>Points to raise</legend>
          {concerns.map((r) => (
            <label key={r.check.id}>
              <input
                type="checkbox"
                checked={!left.has(r.check.id)}
                onChange={(e) => {
                  const raise = (e.target as HTMLInputElement).checked;
                  setLeft((all) => {
                    const next = new Set(all);
                    if (raise) next.delete(r.check.id);
                    else next.add(r.check.id);
                    return next;
                  });
                }}
              />{' '}
              {r.check.title} <StatusBadge status={r.status} />
            </label>
          ))}
        </fieldset>
      )}
      <label for="letter-preview">Letter (edit freely before sending: changes here are not saved)</label>
      <textarea
        id="letter-preview"
        class="letter-preview"
        rows={18}
        value={text}
        onInput={(e) => {
          setText((e.target as HTMLTextAreaElement).value);
          setEdited(true);
        }}
      />
      {edited && (
        <p class="muted">
          You have edited the letter, so the fields above no longer change it.{' '}
          <button type="button" class="link" onClick={() => setEdited(false)}>
            Rebuild it from the review and the fields
          </button>
        </p>
      )}
      <div class="export-buttons">
        <button
          type="button"
          class="primary"
          onClick={async () => {
            if (!(await beforeExport())) return;
            downloadText(reportFileName('letter', review.title, review.savedAt, 'txt'), text, 'text/plain');
          }}
        >
          Download letter
        </button>
        <button
          type="button"
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(text);
              setCopied('Letter copied: paste it into an email.');
            } catch {
              setCopied('The browser did not allow copying: select the letter and copy it by hand.');
            }
          }}
        >
          Copy letter
        </button>
        <span role="status">{copied}</span>
      </div>
    </section>
  );
}
