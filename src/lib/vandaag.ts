const formaat = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Amsterdam",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** Today's date in the Netherlands as YYYY-MM-DD (deadlines are Dutch calendar dates). */
export function vandaag(nu: Date = new Date()): string {
  return formaat.format(nu);
}
