import { useEffect, useMemo, useState } from 'preact/hooks';
import { csvReport } from '~/lib/report/csv';
import { htmlReport } from '~/lib/report/html';
import { jsonReport } from '~/lib/report/json';
import { defaultLetterPoints, type LetterParties, letterConcerns, letterReport } from '~/lib/report/letter';
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
  const concerns = useMemo(() => letterConcerns(review), [review]);
  // the headline checks and the checks the rep noted or re-assessed are ticked; the rest wait to be chosen
  const [chosen, setChosen] = useState<ReadonlySet<CheckId>>(() => new Set(defaultLetterPoints(review)));
  const defaults = defaultLetterPoints(review).join(' ');
  useEffect(() => setChosen(new Set(defaults.split(' ').filter(Boolean) as CheckId[])), [defaults]);
  const letter = useMemo(
    () => letterReport(review, parties, { only: concerns.map((r) => r.check.id).filter((id) => chosen.has(id)) }),
    [review, parties, concerns, chosen],
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
        One short paragraph for each point you tick: what the document says, what you ask for and the legal basis, with
        the model wording in an annex. The Real Living Wage, social value and Freedom of Information points, and any
        point you added a note to or re-assessed, are ticked to start with. Your name and organisation are remembered on
        this computer only.
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
                checked={chosen.has(r.check.id)}
                onChange={(e) => {
                  const raise = (e.target as HTMLInputElement).checked;
                  setChosen((all) => {
                    const next = new Set(all);
                    if (raise) next.add(r.check.id);
                    else next.delete(r.check.id);
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
