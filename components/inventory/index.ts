// The inventory's pieces for the dashboard: mount each where it belongs.
export { AddSite } from './AddSite';
export { HistoryImport } from './HistoryImport';
export { ImportAdded } from './ImportAdded';
export { AddNumberForm, NumbersManager } from './NumbersManager';
export { PasswordImport } from './PasswordImport';
