// The inventory's pieces for the dashboard: mount each where it belongs.
export { AddSite } from './AddSite';
export { HistoryImport } from './HistoryImport';
export { AddNumberForm, NumbersManager } from './NumbersManager';
export { PasswordImport } from './PasswordImport';
