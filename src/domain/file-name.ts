/**
 * What a werkruimte's downloads are called: its name in letters, digits and dashes, so the server's
 * exports and the images the web app saves itself name their files the same way.
 */
export function downloadFileName(name: string, extension: string, fallback = 'werkruimte'): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/[\s_]+/g, '-')
    .toLowerCase();
  return `${slug || fallback}.${extension}`;
}
