/**
 * Dates as the app writes them, one format everywhere: "6 december 2026", and with a time "6 december 2026
 * om 16:20" (English: "6 December 2026 at 16:20"). Written out, because "6-12-2026" reads as June 12 to
 * some and a short month name ("dec") is harder at B1.
 */
export function localeOf(language: string): string {
  return language === 'en' ? 'en-GB' : 'nl-NL';
}

function dateOf(value: string | Date): Date | null {
  const date = typeof value === 'string' ? new Date(value) : value;
  return Number.isNaN(date.getTime()) ? null : date;
}

export function formatDate(value: string | Date, language: string): string {
  const date = dateOf(value);
  if (!date) return String(value);
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'long' }).format(date);
}

export function formatDateTime(value: string | Date, language: string): string {
  const date = dateOf(value);
  if (!date) return String(value);
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'long', timeStyle: 'short' }).format(date);
}

/** A calendar day (`YYYY-MM-DD`, e.g. a relatie's begin date) written out, the same day in every time zone. */
export function formatDay(day: string, language: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
