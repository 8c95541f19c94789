import { render } from 'preact';
import { Dashboard } from '@/components/dashboard/Dashboard';
import { t, uiLanguage } from '@/utils/i18n';
import { DbGuard } from '@/components/common/DbGuard';
import '@/components/theme.css';

document.documentElement.lang = uiLanguage() === 'zh' ? 'zh-CN' : 'en';
document.title = t('dashboardTitle');
render(
  <DbGuard>
    <Dashboard />
  </DbGuard>,
  document.getElementById('app')!,
);
