import type { ExportFile } from '@lago-analytics/react'

/**
 * Saves a file through an object URL and a temporary `<a download>` click. Does nothing where
 * object URLs do not exist (SSR, old test environments).
 */
export function downloadFile(file: ExportFile): void {
  if (typeof document === 'undefined' || typeof URL.createObjectURL !== 'function') return
  const url = URL.createObjectURL(file.toBlob())
  const anchor = document.createElement('a')
  anchor.href = url
  anchor.download = file.fileName
  anchor.rel = 'noopener'
  anchor.style.display = 'none'
  document.body.append(anchor)
  try {
    anchor.click()
  } finally {
    anchor.remove()
    // Revoke after the click has been handled; browsers keep the download going.
    setTimeout(() => URL.revokeObjectURL(url), 0)
  }
}
