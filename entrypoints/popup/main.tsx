import { render } from 'preact';
import { Popup } from '@/components/popup/Popup';
import { uiLanguage } from '@/utils/i18n';
import { DbGuard } from '@/components/common/DbGuard';
import '@/components/theme.css';

document.documentElement.lang = uiLanguage() === 'zh' ? 'zh-CN' : 'en';
render(
  <DbGuard>
    <Popup />
  </DbGuard>,
  document.getElementById('app')!,
);
