import { addDays, format, parseISO } from "date-fns";
import type { Afspraak } from "../../lib/contract";

export {
  datumMetWeekdag,
  maandagVan,
  WEEKDAGEN,
  weekdagVan,
} from "../../../../src/domain/afspraken/tijd";

export const verschuif = (datum: string, dagen: number) =>
  format(addDays(parseISO(datum), dagen), "yyyy-MM-dd");

/** What happened to the confirmation mail, in words (never colour alone). */
export function mailStatusTekst(a: Afspraak): string {
  switch (a.mail.status) {
    case "wachtrij":
      return `E-mail met agenda-uitnodiging staat klaar voor verzending aan ${a.mail.aan}`;
    case "verzonden":
      return `E-mail met agenda-uitnodiging verzonden aan ${a.mail.aan}`;
    case "mislukt":
      return `E-mail aan ${a.mail.aan} kon niet worden bezorgd; stuur de brief per post`;
    default:
      return "Geen e-mailadres bekend: stuur de brief per post";
  }
}

export const documentUrl = (id: string) => `/api/documenten/${encodeURIComponent(id)}/inhoud`;
