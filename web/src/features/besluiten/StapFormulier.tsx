import { type ReactNode, useEffect, useRef } from "react";
import { type VeldLabels, Verzendformulier } from "../../lib/formulier";
import { StapFout } from "./weergave";

/**
 * The frame of every besluit step form (besluit, bezwaar, beslissing, evaluatie, afsluiting): what comes first
 * (`boven`), the error of the step (fields named by `labels`), the fields, and the submit button, disabled while
 * the step is being sent. After a refusal the focus moves to the first invalid field, else to the error.
 */
export function StapFormulier({
  stap,
  boven,
  labels,
  children,
  ...formulier
}: {
  label: string;
  stap: { isError: boolean; error: unknown; isPending: boolean };
  knop: string;
  appearance?: "primary-action-button" | "secondary-action-button";
  verstuur: () => void;
  boven?: ReactNode;
  labels?: VeldLabels;
  children: ReactNode;
}) {
  const inhoud = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!stap.error) return;
    const doel =
      inhoud.current?.querySelector<HTMLElement>(
        'input[aria-invalid="true"], select[aria-invalid="true"], textarea[aria-invalid="true"]',
      ) ??
      inhoud.current?.querySelector<HTMLElement>('fieldset[aria-invalid="true"] input:not([disabled])') ??
      inhoud.current?.querySelector<HTMLElement>(".voordeur-stapfout");
    doel?.focus();
  }, [stap.error]);
  return (
    <Verzendformulier {...formulier} bezig={stap.isPending}>
      <div ref={inhoud}>
        {boven}
        {stap.isError ? <StapFout fout={stap.error} labels={labels} /> : null}
        {children}
      </div>
    </Verzendformulier>
  );
}
