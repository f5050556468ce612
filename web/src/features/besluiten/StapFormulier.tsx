import type { ReactNode } from "react";
import { Verzendformulier } from "../../lib/formulier";
import { StapFout } from "./weergave";

/**
 * The frame of every besluit step form (besluit, bezwaar, beslissing, evaluatie, afsluiting): what comes first
 * (`boven`), the error of the step, the fields, and the submit button, disabled while the step is being sent.
 */
export function StapFormulier({
  stap,
  boven,
  children,
  ...formulier
}: {
  label: string;
  stap: { isError: boolean; error: unknown; isPending: boolean };
  knop: string;
  appearance?: "primary-action-button" | "secondary-action-button";
  verstuur: () => void;
  boven?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Verzendformulier {...formulier} bezig={stap.isPending}>
      {boven}
      {stap.isError ? <StapFout fout={stap.error} /> : null}
      {children}
    </Verzendformulier>
  );
}
