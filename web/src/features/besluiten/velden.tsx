/** Shared bits of the besluiten forms: labels of the codes, euro input, and the error box of a failed step. */
import { Alert, Paragraph, UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";
import { foutmelding, isApiFout } from "../../lib/api";

export const vandaagIso = () =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(new Date());

export const BESLUIT_SOORT_LABELS: Record<string, string> = {
  toekenning: "Toekenning",
  afwijzing: "Afwijzing",
  wijziging: "Wijziging",
  beeindiging: "Beëindiging",
};

export const BESLUIT_STATUS_LABELS: Record<string, string> = {
  geldig: "Geldig",
  vervangen: "Vervangen door een later besluit",
  herroepen: "Herroepen na bezwaar",
  herzien: "Herzien na bezwaar",
};

/** "12,50" → 1250 eurocent; null when empty or not a number. */
export function naarEurocent(invoer: string): number | null {
  const schoon = invoer.replace(/[€\s.]/g, "").replace(",", ".");
  if (schoon === "") return null;
  const getal = Number(schoon);
  return Number.isFinite(getal) ? Math.round(getal * 100) : null;
}

/** The refusal of a step: the rule(s) the server named, and the fields it pointed at. */
export function StapFout({ fout }: { fout: unknown }) {
  return (
    <Alert type="error">
      <Paragraph>{foutmelding(fout)}</Paragraph>
      {isApiFout(fout) && fout.errors.length > 0 ? (
        <UnorderedList>
          {fout.errors.map((e) => (
            <UnorderedListItem key={`${e.veld}-${e.melding}`}>
              {e.veld}: {e.melding}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      ) : null}
    </Alert>
  );
}
