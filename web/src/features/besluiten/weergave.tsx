/** Shared bits of the besluiten forms: labels of the codes and the error box of a failed step. */
import { Alert, Paragraph, UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";
import { BESLUIT_SOORT_LABELS as BESLUIT_SOORT_NAMEN } from "../../../../src/domain/zaak/statusmachine";
import { foutmelding, isApiFout } from "../../lib/api";
import { type Veldfouten, veldfoutenUit } from "../../lib/formulier";

/** The field errors of a refused step, to show next to each field. */
export const stapVeldfouten = (stap: { error: unknown }): Veldfouten =>
  isApiFout(stap.error) ? veldfoutenUit(stap.error.errors) : {};

export const BESLUIT_SOORT_LABELS: Record<string, string> = BESLUIT_SOORT_NAMEN;

export const BESLUIT_STATUS_LABELS: Record<string, string> = {
  geldig: "Geldig",
  vervangen: "Vervangen door een later besluit",
  herroepen: "Herroepen na bezwaar",
  herzien: "Herzien na bezwaar",
};

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
