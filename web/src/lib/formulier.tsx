import {
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldCheckbox,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading2,
  Link,
  Textbox,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { forwardRef, type InputHTMLAttributes, type ReactNode, useId } from "react";
import type { z } from "zod";
import type { VeldFout } from "./contract";

/** Field errors by field name ("rollen.0" counts for "rollen"); the first message per field wins. */
export type Veldfouten = Record<string, string>;

export function veldfoutenUit(errors: VeldFout[]): Veldfouten {
  const uitkomst: Veldfouten = {};
  for (const { veld, melding } of errors) {
    const naam = veld.split(".")[0] ?? veld;
    if (!(naam in uitkomst)) uitkomst[naam] = melding;
  }
  return uitkomst;
}

export function veldfoutenUitZod(error: z.ZodError): Veldfouten {
  return veldfoutenUit(
    error.issues.map((issue) => ({ veld: issue.path.map(String).join("."), melding: issue.message })),
  );
}

type TekstveldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "className"> & {
  id: string;
  label: ReactNode;
  beschrijving?: ReactNode;
  fout?: string | undefined;
  verplicht?: boolean;
};

/** A labelled NL Design System text field with an optional description and an error next to it. */
export const Tekstveld = forwardRef<HTMLInputElement, TekstveldProps>(function Tekstveld(
  { id, label, beschrijving, fout, verplicht, ...inputProps },
  ref,
) {
  const beschrijvingId = `${id}-beschrijving`;
  const foutId = `${id}-fout`;
  const beschrevenDoor = [beschrijving ? beschrijvingId : "", fout ? foutId : ""].filter(Boolean).join(" ");
  return (
    <FormField
      invalid={Boolean(fout)}
      label={
        <FormLabel htmlFor={id}>
          {label}
          {verplicht ? null : <span className="voordeur-optioneel"> (niet verplicht)</span>}
        </FormLabel>
      }
      description={
        beschrijving ? <FormFieldDescription id={beschrijvingId}>{beschrijving}</FormFieldDescription> : null
      }
      input={
        <Textbox
          ref={ref}
          id={id}
          invalid={Boolean(fout)}
          aria-describedby={beschrevenDoor || undefined}
          {...inputProps}
        />
      }
      errorMessage={fout ? <FormFieldErrorMessage id={foutId}>{fout}</FormFieldErrorMessage> : null}
    />
  );
});

export interface Keuze {
  waarde: string;
  label: string;
  beschrijving?: string;
}

/** A group of checkboxes (fieldset with legend) for choosing several codes. */
export function Keuzelijst({
  id,
  legenda,
  beschrijving,
  keuzes,
  gekozen,
  onChange,
  fout,
}: {
  id: string;
  legenda: string;
  beschrijving?: string;
  keuzes: Keuze[];
  gekozen: string[];
  onChange: (gekozen: string[]) => void;
  fout?: string | undefined;
}) {
  const beschrijvingId = `${id}-beschrijving`;
  const foutId = `${id}-fout`;
  const beschrevenDoor = [beschrijving ? beschrijvingId : "", fout ? foutId : ""].filter(Boolean).join(" ");
  return (
    <Fieldset
      id={id}
      invalid={Boolean(fout)}
      aria-describedby={beschrevenDoor || undefined}
      className="voordeur-keuzelijst"
    >
      <FieldsetLegend>{legenda}</FieldsetLegend>
      {beschrijving ? <FormFieldDescription id={beschrijvingId}>{beschrijving}</FormFieldDescription> : null}
      {fout ? <FormFieldErrorMessage id={foutId}>{fout}</FormFieldErrorMessage> : null}
      {keuzes.length === 0 ? <p className="utrecht-paragraph">Er zijn geen keuzes beschikbaar.</p> : null}
      {keuzes.map((keuze) => (
        <FormFieldCheckbox
          key={keuze.waarde}
          label={keuze.label}
          description={keuze.beschrijving}
          name={id}
          value={keuze.waarde}
          checked={gekozen.includes(keuze.waarde)}
          onChange={(event) =>
            onChange(
              event.currentTarget.checked
                ? [...gekozen, keuze.waarde]
                : gekozen.filter((waarde) => waarde !== keuze.waarde),
            )
          }
        />
      ))}
    </Fieldset>
  );
}

/** A single checkbox with label (e.g. "Actief"). */
export function Vinkje({
  id,
  label,
  beschrijving,
  aan,
  onChange,
  fout,
}: {
  id: string;
  label: string;
  beschrijving?: string;
  aan: boolean;
  onChange: (aan: boolean) => void;
  fout?: string | undefined;
}) {
  return (
    <FormFieldCheckbox
      id={id}
      label={label}
      description={beschrijving}
      checked={aan}
      invalid={Boolean(fout)}
      errorMessage={fout}
      onChange={(event) => onChange(event.currentTarget.checked)}
    />
  );
}

/**
 * The list of errors above a form after a failed submit; it receives focus so screen reader
 * users hear it, and each item links to its field.
 */
export const Foutoverzicht = forwardRef<
  HTMLDivElement,
  { fouten: Veldfouten; velden: Record<string, { label: string; id: string }>; melding?: string | undefined }
>(function Foutoverzicht({ fouten, velden, melding }, ref) {
  const titelId = useId();
  const items = Object.entries(fouten);
  if (items.length === 0 && !melding) return null;
  return (
    <div
      ref={ref}
      className="utrecht-alert utrecht-alert--error voordeur-foutoverzicht"
      role="alert"
      tabIndex={-1}
      aria-labelledby={titelId}
    >
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">
          <Heading2 id={titelId} className="voordeur-foutoverzicht__titel">
            {items.length > 0 ? "Controleer de volgende velden" : "Opslaan is niet gelukt"}
          </Heading2>
          {melding ? <p className="utrecht-paragraph">{melding}</p> : null}
          {items.length > 0 ? (
            <UnorderedList>
              {items.map(([veld, tekst]) => {
                const doel = velden[veld];
                return (
                  <UnorderedListItem key={veld}>
                    {doel ? (
                      <Link href={`#${doel.id}`} onClick={(event) => naarVeld(event, doel.id)}>
                        {doel.label}: {tekst}
                      </Link>
                    ) : (
                      tekst
                    )}
                  </UnorderedListItem>
                );
              })}
            </UnorderedList>
          ) : null}
        </div>
      </div>
    </div>
  );
});

function naarVeld(event: React.MouseEvent<HTMLAnchorElement>, id: string) {
  const element = document.getElementById(id);
  if (!element) return;
  event.preventDefault();
  const focusbaar = element.matches("input, select, textarea")
    ? element
    : element.querySelector<HTMLElement>("input, select, textarea");
  (focusbaar ?? element).focus();
  element.scrollIntoView({ block: "center" });
}
