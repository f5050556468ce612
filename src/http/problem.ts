import type { VeldFout } from "../contract/problem";

const titels: Record<number, string> = {
  400: "Ongeldige invoer",
  401: "Niet ingelogd",
  403: "Geen toegang",
  404: "Niet gevonden",
  405: "Methode niet toegestaan",
  406: "Formaat niet beschikbaar",
  409: "Conflicterende wijziging",
  413: "Verzoek te groot",
  415: "Inhoudstype niet ondersteund",
  422: "Niet toegestaan volgens de regels",
  428: "Versie ontbreekt",
  429: "Te veel pogingen",
  500: "Interne fout",
  503: "Tijdelijk niet beschikbaar",
};

export function titelVoor(status: number): string {
  return titels[status] ?? (status >= 500 ? "Interne fout" : "Verzoek geweigerd");
}

/**
 * A refusal that only HTTP knows (not logged in, If-Match missing, body too large, service unavailable).
 * Everything the application or domain refuses is a `Weigering` (handeling/weigering.ts) instead.
 */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly errors?: VeldFout[],
    readonly headers?: Record<string, string>,
    readonly title: string = titelVoor(status),
  ) {
    super(detail);
  }
}

export const nietIngelogd = (detail = "Log in om verder te gaan.") => new HttpProblem(401, detail);
