// How to ask China's One-Card Check: the ways the sources name, in the person's language. The
// figures (sender, hours) come from data/one-card-check.json, the words from the locales.
import { t, uiLanguage } from '@/utils/i18n';
import { ONE_CARD } from '@/utils/onecard/facts';

export function OneCardSteps() {
  const zh = uiLanguage() === 'zh';
  const sep = t('ui_listSep');
  const { reply } = ONE_CARD;
  return (
    <>
      <h3 class="onecard-h">{t('onecard_how')}</h3>
      <ol class="onecard-steps">
        {ONE_CARD.ask.routes.map((r) =>
          r.id === 'wechat' ? (
            <li key={r.id}>{t('onecard_step_wechat', [r.accounts.join(sep), (zh ? r.path?.zh : r.path?.en) ?? ''])}</li>
          ) : (
            <li key={r.id}>{t('onecard_step_alipay', [r.accounts.join(sep)])}</li>
          ),
        )}
        <li>{t('onecard_step_enter')}</li>
        <li>{t('onecard_step_reply', [reply.sender, reply.withinHours, reply.retryAfterHours])}</li>
      </ol>
    </>
  );
}
