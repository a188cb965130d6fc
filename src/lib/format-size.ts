import { extname } from 'node:path';

/** "1.2 MB": decimal units (1 kB = 1000 bytes), as operating systems show them since macOS 10.6. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0)
    throw new RangeError(`a file size must be 0 bytes or more, but it is ${bytes}`);
  if (bytes < 1000) return `${bytes} bytes`;
  const units = ['kB', 'MB', 'GB'] as const;
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 999.95 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const rounded = value >= 100 ? Math.round(value).toString() : value.toFixed(1).replace(/\.0$/, '');
  return `${rounded} ${units[unit]}`;
}

/** The format's name for a file's ending: "slides.pptx" gives "PowerPoint", any other ending its capitals: "PDF". */
export function formatName(fileName: string): string {
  const ext = extname(fileName).slice(1).toLowerCase();
  const names: Record<string, string> = {
    docx: 'Word',
    pptx: 'PowerPoint',
    xlsx: 'Excel',
    txt: 'Text',
  };
  return names[ext] ?? (ext.toUpperCase() || 'File');
}

/** The label shown after a download link: "PDF, 1.2 MB". */
export function downloadLabel(fileName: string, bytes: number): string {
  return `${formatName(fileName)}, ${formatBytes(bytes)}`;
}
