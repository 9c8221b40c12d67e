import { CHECKS } from '@/lib/checks/registry';
import type { ContentReply } from '@/lib/messages/schemas';
import type { CheckId, Evidence, ScanResult } from '@/lib/types';
import { CheckCard } from './CheckCard';
import { THEME_LABEL } from './labels';

interface Props {
  result: ScanResult;
  inPage: boolean;
  focusCheck?: CheckId;
  onShow(ev: Evidence): void;
  onInsert(text: string): Promise<ContentReply>;
}

/** Every check, grouped by theme in registry order. */
export function CheckList({ result, inPage, focusCheck, onShow, onInsert }: Props) {
  const themes = [...new Set(CHECKS.map((c) => c.theme))];
  return (
    <div class="checks">
      {themes.map((theme) => (
        <section key={theme} aria-labelledby={`theme-${theme}`}>
          <h2 id={`theme-${theme}`}>{THEME_LABEL[theme]}</h2>
          {CHECKS.filter((c) => c.theme === theme).map((c) => {
            const finding = result.checks.find((f) => f.id === c.id);
            return finding ? (
              <CheckCard
                key={c.id}
                finding={finding}
                profile={result.document}
                inPage={inPage}
                focused={focusCheck === c.id}
                onShow={onShow}
                onInsert={onInsert}
              />
            ) : null;
          })}
        </section>
      ))}
    </div>
  );
}
