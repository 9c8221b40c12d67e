import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { PLACEHOLDER_VALUES_KEY, PlaceholderValuesSchema, parseMessage } from '@/lib/messages/schemas';

type Values = Record<string, string>;

/** The user's values for clause placeholders ({authority} …), kept in storage.local across pages. */
export function usePlaceholderValues(): [Values, (name: string, value: string) => void] {
  const [values, setValues] = useState<Values>({});
  // Our own writes come back as change events, possibly after newer keystrokes: those echoes are ignored.
  const written = useRef(new Set<string>());
  useEffect(() => {
    const read = (raw: unknown) => {
      const parsed = raw ? parseMessage(PlaceholderValuesSchema, raw, 'placeholder values') : undefined;
      if (written.current.has(JSON.stringify(parsed ?? {}))) return;
      setValues(parsed ?? {});
    };
    void browser.storage.local.get(PLACEHOLDER_VALUES_KEY).then((r) => read(r[PLACEHOLDER_VALUES_KEY]));
    const onChanged = (changes: Record<string, { newValue?: unknown }>) => {
      if (PLACEHOLDER_VALUES_KEY in changes) read(changes[PLACEHOLDER_VALUES_KEY]!.newValue);
    };
    browser.storage.local.onChanged.addListener(onChanged);
    return () => browser.storage.local.onChanged.removeListener(onChanged);
  }, []);
  const set = useCallback((name: string, value: string) => {
    setValues((prev) => {
      const next = { ...prev, [name]: value };
      const key = JSON.stringify(next);
      written.current.add(key);
      setTimeout(() => written.current.delete(key), 3000);
      void browser.storage.local.set({ [PLACEHOLDER_VALUES_KEY]: next });
      return next;
    });
  }, []);
  return [values, set];
}
