/** Shared bits of the besluiten forms: labels of the codes and the error box of a failed step. */
import { Alert, Paragraph, UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";
import { BESLUIT_SOORT_LABELS as BESLUIT_SOORT_NAMEN } from "../../../../src/domain/zaak/statusmachine";
import { foutmelding, isApiFout } from "../../lib/api";
import { labelVanPad, type Veldfouten, type VeldLabels, veldfoutenUit } from "../../lib/formulier";

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

/** The field errors of a refused step by their full path ("producten.0.aanbiederAgb"), first message per path. */
export function stapFoutenPerPad(stap: { error: unknown }): Record<string, string> {
  const uitkomst: Record<string, string> = {};
  if (isApiFout(stap.error))
    for (const { veld, melding } of stap.error.errors) if (!(veld in uitkomst)) uitkomst[veld] = melding;
  return uitkomst;
}

/**
 * The refusal of a step: the rule(s) the server named, and the fields it pointed at, each by its label
 * (`labels`); a form without labels lists the messages only, never a field path.
 */
export function StapFout({ fout, labels }: { fout: unknown; labels?: VeldLabels | undefined }) {
  return (
    <Alert type="error" className="voordeur-stapfout" tabIndex={-1}>
      <Paragraph>{foutmelding(fout)}</Paragraph>
      {isApiFout(fout) && fout.errors.length > 0 ? (
        <UnorderedList>
          {fout.errors.map((e) => (
            <UnorderedListItem key={`${e.veld}-${e.melding}`}>
              {labels ? `${labelVanPad(e.veld, labels)}: ${e.melding}` : e.melding}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      ) : null}
    </Alert>
  );
}
