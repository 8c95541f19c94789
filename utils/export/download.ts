// Saving a file from an extension page: a Blob and an <a download>, so no `downloads`
// permission is needed. The object URL is revoked once the click has been handled.
export const MIME = {
  md: 'text/markdown;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
  html: 'text/html;charset=utf-8',
  json: 'application/json;charset=utf-8',
  ics: 'text/calendar;charset=utf-8',
} as const;

export function downloadText(fileName: string, text: string, mime: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
