import { PORTAL_MATCHES } from '@/lib/data/portal-hosts';
import { AnalysisSchema, parseMessage, ToContentSchema } from '@/lib/messages/schemas';
import { PageController } from '@/lib/page/controller';

// Runs by itself on known portals; elsewhere the background injects it on the user's request.
export default defineContentScript({
  matches: [...PORTAL_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    const controller = new PageController(
      document,
      {
        async analyse(page) {
          const raw = await browser.runtime.sendMessage(page).catch((e: Error) => {
            console.warn('[tenderlight] the analysis failed:', e.message);
            return undefined;
          });
          return raw === undefined ? undefined : parseMessage(AnalysisSchema, raw, 'content: analysis');
        },
      },
      ctx.signal,
    );
    const onMessage = (raw: unknown) => {
      if (ctx.isInvalid) return undefined;
      const msg = parseMessage(ToContentSchema, raw, 'content');
      if (!msg) return undefined;
      switch (msg.type) {
        case 'ping':
          return Promise.resolve({ ok: controller.enabled });
        case 'scan':
          return controller.scan(true).then(() => ({ ok: controller.enabled }));
        case 'analysis':
          controller.apply(msg);
          return Promise.resolve({ ok: true });
        case 'focus':
          return Promise.resolve({ ok: controller.focus(msg.start, msg.end) });
        case 'insert':
          return Promise.resolve(controller.insert(msg.text));
      }
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
    controller.start();
  },
});
