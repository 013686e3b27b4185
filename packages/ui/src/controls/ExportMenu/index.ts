export {
  DEFAULT_EXPORT_MENU_LABELS,
  ExportMenu,
  type ExportMenuLabels,
  type ExportMenuProps,
  type ExportMenuState,
} from './ExportMenu.tsx'
export { downloadFile } from './downloadFile.ts'
