export { ExportPanel } from './ExportPanel';
export { ImportBackup } from './ImportBackup';
