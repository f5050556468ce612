/**
 * The one clock of the application. Domain rules never read it (they take `vandaag` as input); the
 * application layer asks `nu()` / `vandaag()` here, so tests can set the time (`zetKlok`), and a demo or a
 * training environment can run as if it were another day (`VOORDEUR_KLOK_VERSCHUIVING_DAGEN`). The whole suite
 * runs on another date with `npm test -- --verschuif=365` (libfaketime moves every process's clock).
 */
const formaat = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Amsterdam",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

const DAG_MS = 86_400_000;
const verschuivingUitOmgeving = Number(process.env.VOORDEUR_KLOK_VERSCHUIVING_DAGEN ?? 0) * DAG_MS || 0;
let bron: () => number = () => Date.now() + verschuivingUitOmgeving;

/** Now, by the application's clock. */
export function nu(): Date {
  return new Date(bron());
}

/** A date in the Netherlands as YYYY-MM-DD (deadlines are Dutch calendar dates); today by default. */
export function vandaag(op: Date = nu()): string {
  return formaat.format(op);
}

/** Tests: make the clock return this moment (or follow a function); `herstelKlok` undoes it. */
export function zetKlok(tijd: Date | (() => Date)): void {
  bron = typeof tijd === "function" ? () => tijd().getTime() : () => tijd.getTime();
}

export function herstelKlok(): void {
  bron = () => Date.now() + verschuivingUitOmgeving;
}
