import {
  Alert,
  Button,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldCheckbox,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading2,
  Link,
  Paragraph,
  RadioButton,
  Select,
  SelectOption,
  Textarea,
  Textbox,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import {
  forwardRef,
  type InputHTMLAttributes,
  type ReactNode,
  type RefObject,
  useEffect,
  useId,
  useRef,
  useState,
} from "react";
import type { z } from "zod";
import { isApiFout } from "./api";
import type { VeldFout } from "./contract";
import { vandaagIso } from "./datum";

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

/**
 * A refused save as field errors (by the API's field name) and a message: a conflict (409) says the data were
 * reloaded; anything that is no API answer asks to try again.
 */
export function uitkomstVanWeigering(fout: unknown): {
  veldfouten: Veldfouten;
  melding?: string | undefined;
} {
  if (!isApiFout(fout)) return { veldfouten: {}, melding: "Opslaan is niet gelukt. Probeer het opnieuw." };
  if (fout.status === 409)
    return { veldfouten: {}, melding: `${fout.detail} De gegevens zijn bijgewerkt; probeer het opnieuw.` };
  return { veldfouten: veldfoutenUit(fout.errors), melding: fout.detail };
}

export function veldfoutenUitZod(error: z.ZodError): Veldfouten {
  return veldfoutenUit(
    error.issues.map((issue) => ({ veld: issue.path.map(String).join("."), melding: issue.message })),
  );
}

/**
 * The labels of a form's fields by their path in the request body; a list index is "*" in the key
 * ("producten.*.aanbiederAgb"). `rijen` names one row of a list ("producten" → "Product").
 */
export interface VeldLabels {
  velden: Record<string, string>;
  rijen?: Record<string, string>;
}

/**
 * The label of a server field path, as the user sees it: "producten.0.aanbiederAgb" → "Product 1: Aanbieder".
 * A path without a label of its own gets the label of the nearest field above it; never the path itself.
 */
export function labelVanPad(pad: string, labels: VeldLabels, anders = "Formulier"): string {
  const delen = pad.split(".").filter(Boolean);
  const rijen: string[] = [];
  delen.forEach((deel, i) => {
    const lijst = delen[i - 1];
    const rij = lijst && /^\d+$/.test(deel) ? labels.rijen?.[lijst] : undefined;
    if (rij) rijen.push(`${rij} ${Number(deel) + 1}`);
  });
  const patroon = delen.map((deel) => (/^\d+$/.test(deel) ? "*" : deel));
  for (let lengte = patroon.length; lengte > 0; lengte--) {
    const label = labels.velden[patroon.slice(0, lengte).join(".")];
    if (label === undefined) continue;
    const rijenErboven = rijen.slice(0, patroon.slice(0, lengte).filter((d) => d === "*").length);
    // A row deeper than the label found says more ("Product 2") than the list's own label ("Producten").
    return rijenErboven.length < rijen.length ? rijen.join(": ") : [...rijenErboven, label].join(": ");
  }
  return rijen.length > 0 ? rijen.join(": ") : anders;
}

/** What every labelled field has: an id, a label, an optional description and an error message. */
interface VeldBasis {
  id: string;
  label: ReactNode;
  beschrijving?: ReactNode;
  fout?: string | undefined;
}

/** The ids of the description and the error of a field or group, for aria-describedby. */
const beschrevenDoor = (id: string, beschrijving: unknown, fout: unknown) =>
  [beschrijving ? `${id}-beschrijving` : "", fout ? `${id}-fout` : ""].filter(Boolean).join(" ") || undefined;

/** The NL Design System frame of one input: label, description, the input itself and its error. */
function Veld({ id, label, beschrijving, fout, children }: VeldBasis & { children: ReactNode }) {
  return (
    <FormField
      invalid={Boolean(fout)}
      label={<FormLabel htmlFor={id}>{label}</FormLabel>}
      description={
        beschrijving ? (
          <FormFieldDescription id={`${id}-beschrijving`}>{beschrijving}</FormFieldDescription>
        ) : null
      }
      input={children}
      errorMessage={fout ? <FormFieldErrorMessage id={`${id}-fout`}>{fout}</FormFieldErrorMessage> : null}
    />
  );
}

type TekstveldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "className"> &
  VeldBasis & { verplicht?: boolean };

/** A labelled text field (any input type) that marks itself "(niet verplicht)" unless `verplicht`. */
export const Tekstveld = forwardRef<HTMLInputElement, TekstveldProps>(function Tekstveld(
  { id, label, beschrijving, fout, verplicht, ...inputProps },
  ref,
) {
  return (
    <Veld
      id={id}
      beschrijving={beschrijving}
      fout={fout}
      label={
        <>
          {label}
          {verplicht ? null : <span className="voordeur-optioneel"> (niet verplicht)</span>}
        </>
      }
    >
      <Textbox
        ref={ref}
        id={id}
        invalid={Boolean(fout)}
        aria-describedby={beschrevenDoor(id, beschrijving, fout)}
        {...inputProps}
      />
    </Veld>
  );
});

export interface Keuze {
  waarde: string;
  label: string;
  beschrijving?: string;
}

/** { code: label } → keuzes, in the given order or the order of the labels. */
export const keuzesUit = (labels: Record<string, string>, volgorde?: readonly string[]): Keuze[] =>
  (volgorde ?? Object.keys(labels)).map((waarde) => ({ waarde, label: labels[waarde] ?? waarde }));

type KeuzeveldProps = VeldBasis & {
  keuzes: readonly Keuze[];
  waarde: string;
  onChange: (waarde: string) => void;
  /** Label of an empty first option ("Kies …"), if any. */
  leeg?: string;
};

/** A labelled select; with `leeg` an empty first option. */
export const Keuzeveld = forwardRef<HTMLSelectElement, KeuzeveldProps>(function Keuzeveld(
  { keuzes, waarde, onChange, leeg, ...basis },
  ref,
) {
  return (
    <Veld {...basis}>
      <Select
        ref={ref}
        id={basis.id}
        value={waarde}
        invalid={Boolean(basis.fout)}
        aria-describedby={beschrevenDoor(basis.id, basis.beschrijving, basis.fout)}
        onChange={(e) => onChange(e.currentTarget.value)}
      >
        {leeg !== undefined ? <SelectOption value="">{leeg}</SelectOption> : null}
        {keuzes.map((k) => (
          <SelectOption key={k.waarde} value={k.waarde}>
            {k.label}
          </SelectOption>
        ))}
      </Select>
    </Veld>
  );
});

type TekstvakProps = VeldBasis & { waarde: string; onChange: (waarde: string) => void; rows?: number };

/** A labelled multi-line text field. */
export const Tekstvak = forwardRef<HTMLTextAreaElement, TekstvakProps>(function Tekstvak(
  { waarde, onChange, rows = 3, ...basis },
  ref,
) {
  return (
    <Veld {...basis}>
      <Textarea
        ref={ref}
        id={basis.id}
        value={waarde}
        rows={rows}
        invalid={Boolean(basis.fout)}
        aria-describedby={beschrevenDoor(basis.id, basis.beschrijving, basis.fout)}
        onChange={(e) => onChange(e.currentTarget.value)}
      />
    </Veld>
  );
});

export interface GroepBasis {
  id: string;
  legenda: ReactNode;
  beschrijving?: ReactNode;
  fout?: string | undefined;
}

/** A fieldset with legend, description and error, around a group of checkboxes or radio buttons. */
export function Keuzegroep({
  id,
  legenda,
  beschrijving,
  fout,
  className,
  children,
}: GroepBasis & { className?: string; children: ReactNode }) {
  return (
    <Fieldset
      id={id}
      invalid={Boolean(fout)}
      aria-describedby={beschrevenDoor(id, beschrijving, fout)}
      className={className}
    >
      <FieldsetLegend>{legenda}</FieldsetLegend>
      {beschrijving ? (
        <FormFieldDescription id={`${id}-beschrijving`}>{beschrijving}</FormFieldDescription>
      ) : null}
      {fout ? <FormFieldErrorMessage id={`${id}-fout`}>{fout}</FormFieldErrorMessage> : null}
      {children}
    </Fieldset>
  );
}

/** A group of checkboxes (fieldset with legend) for choosing several codes. */
export function Keuzelijst({
  keuzes,
  gekozen,
  onChange,
  ...groep
}: GroepBasis & {
  keuzes: readonly Keuze[];
  gekozen: string[];
  onChange: (gekozen: string[]) => void;
}) {
  return (
    <Keuzegroep {...groep} className="voordeur-keuzelijst">
      {keuzes.length === 0 ? <p className="utrecht-paragraph">Er zijn geen keuzes beschikbaar.</p> : null}
      {keuzes.map((keuze) => (
        <FormFieldCheckbox
          key={keuze.waarde}
          label={keuze.label}
          description={keuze.beschrijving}
          name={groep.id}
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
    </Keuzegroep>
  );
}

/**
 * A radio group in a fieldset (choose one); arrow keys move between the options. `className` on the group lets a
 * compact screen lay the options out beside each other (styles.css: voordeur-keuzerondjes--…).
 */
export function Keuzerondjes({
  keuzes,
  waarde,
  onChange,
  ...groep
}: GroepBasis & {
  className?: string;
  keuzes: readonly Keuze[];
  waarde: string;
  onChange: (waarde: string) => void;
}) {
  return (
    <Keuzegroep {...groep}>
      <div className="voordeur-keuzerondjes">
        {keuzes.map((k) => (
          <div key={k.waarde} className="utrecht-form-field utrecht-form-field--radio">
            <RadioButton
              id={`${groep.id}-${k.waarde}`}
              name={groep.id}
              value={k.waarde}
              checked={waarde === k.waarde}
              onChange={() => onChange(k.waarde)}
            />
            <FormLabel htmlFor={`${groep.id}-${k.waarde}`} type="radio">
              {k.label}
            </FormLabel>
          </div>
        ))}
      </div>
    </Keuzegroep>
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

/** The success message after a save, in a live region that is always present so it is announced. */
export function GeluktMelding({ tekst }: { tekst: string | undefined }) {
  return (
    <div role="status">
      {tekst ? (
        <Alert type="ok" role="none">
          <Paragraph>{tekst}</Paragraph>
        </Alert>
      ) : null}
    </div>
  );
}

/** The submit button of a form, in its button group; `bezig` marks it busy while saving. */
export function Verzendknop({
  bezig,
  appearance = "primary-action-button",
  children,
}: {
  bezig?: boolean;
  appearance?: "primary-action-button" | "secondary-action-button";
  children: ReactNode;
}) {
  return (
    <ButtonGroup>
      <Button type="submit" appearance={appearance} busy={bezig}>
        {children}
      </Button>
    </ButtonGroup>
  );
}

/**
 * Moves focus to the error summary each time a new refusal is shown — after React has rendered it (a
 * requestAnimationFrame from the mutation's callback could run before the summary existed).
 */
export function useFocusBijFout(overzicht: RefObject<HTMLElement | null>, fout: unknown) {
  useEffect(() => {
    if (fout) overzicht.current?.focus();
  }, [overzicht, fout]);
}

/**
 * A form that saves to the API: one save at a time (`bezig`), the refused outcome (field errors and message,
 * by `uitkomstVan`) with focus on the error summary (`overzicht`), and the success message (`gelukt`).
 */
export function useVerzending<U extends { veldfouten: Veldfouten; melding?: string | undefined }>(
  uitkomstVan: (fout: unknown) => U,
) {
  const [uitkomst, setUitkomst] = useState<U>();
  const [gelukt, setGelukt] = useState<string>();
  const [bezig, setBezig] = useState(false);
  const overzicht = useRef<HTMLDivElement>(null);

  /** Shows a refusal (also one found before sending) and moves focus to the error summary. */
  function weiger(afwijzing: U) {
    setGelukt(undefined);
    setUitkomst(afwijzing);
  }
  useFocusBijFout(overzicht, uitkomst);

  /**
   * Runs `opslaan`; when it succeeds the errors are cleared, its text (if any) becomes the success message and
   * then `daarna` runs (e.g. refetching lists). A failure of either shows the refusal.
   */
  async function verstuur(opslaan: () => Promise<string | undefined>, daarna?: () => Promise<unknown>) {
    if (bezig) return;
    setBezig(true);
    setGelukt(undefined);
    try {
      const melding = await opslaan();
      setUitkomst(undefined);
      if (melding) setGelukt(melding);
      await daarna?.();
    } catch (fout) {
      weiger(uitkomstVan(fout));
    } finally {
      setBezig(false);
    }
  }

  return { uitkomst, fouten: uitkomst?.veldfouten ?? {}, gelukt, bezig, overzicht, verstuur, weiger };
}

/**
 * A form that saves one change and shows how it went: the success message, the error summary (fields by label),
 * the fields and the button. `opslaan` does the request; `uitkomst` turns a refusal into field errors and a message.
 */
export function OpslaanFormulier<U extends { veldfouten: Veldfouten; melding?: string | undefined }>(props: {
  label: string;
  knop: string;
  velden: Record<string, { label: string; id: string }>;
  gelukt: string;
  opslaan: () => Promise<unknown>;
  uitkomst: (fout: unknown) => U;
  children: (fouten: Record<string, string>) => ReactNode;
}) {
  const { uitkomst, fouten, gelukt, bezig, overzicht, verstuur } = useVerzending(props.uitkomst);
  return (
    <>
      <GeluktMelding tekst={gelukt} />
      <Foutoverzicht ref={overzicht} fouten={fouten} velden={props.velden} melding={uitkomst?.melding} />
      <Verzendformulier
        label={props.label}
        knop={props.knop}
        bezig={bezig}
        verstuur={() =>
          void verstuur(async () => {
            await props.opslaan();
            return props.gelukt;
          })
        }
      >
        {props.children(fouten)}
      </Verzendformulier>
    </>
  );
}

/** The request an area's save hook sends: a path, a body and the version it was made on (If-Match). */
export interface Opslaanverzoek {
  pad: string;
  body: object;
  versie: number;
  /** POST unless the change replaces what is there (PUT). */
  methode?: "POST" | "PUT";
}

/**
 * An area's save form: OpslaanFormulier with the area's save hook (`useOpslaan`, per zaak) and its way of reading a
 * refusal (`uitkomst`). Each area makes one (`const HuisverbodFormulier = formulierVoor(…)`).
 */
export function formulierVoor<Z, U extends { veldfouten: Veldfouten; melding?: string | undefined }>(
  useOpslaan: (zaakId: Z) => { mutateAsync: (verzoek: Opslaanverzoek) => Promise<unknown> },
  uitkomst: (fout: unknown) => U,
) {
  // biome-ignore lint/correctness/noComponentHookFactories: called once per area at module level, never in a render
  return function AreaFormulier(props: {
    zaakId: Z;
    label: string;
    knop: string;
    velden: Record<string, { label: string; id: string }>;
    gelukt: string;
    verzoek: () => Opslaanverzoek;
    children: (fouten: Record<string, string>) => ReactNode;
  }) {
    const { zaakId, verzoek, ...rest } = props;
    const opslaan = useOpslaan(zaakId);
    return <OpslaanFormulier {...rest} uitkomst={uitkomst} opslaan={() => opslaan.mutateAsync(verzoek())} />;
  };
}

/** A required date field up to today (the date of something that happened). */
export function DatumTotVandaag(props: {
  id: string;
  label: string;
  waarde: string;
  fout?: string | undefined;
  beschrijving?: ReactNode;
  onChange: (datum: string) => void;
}) {
  return (
    <Tekstveld
      id={props.id}
      label={props.label}
      type="date"
      verplicht
      max={vandaagIso()}
      value={props.waarde}
      fout={props.fout}
      beschrijving={props.beschrijving}
      onChange={(e) => props.onChange(e.currentTarget.value)}
    />
  );
}

/**
 * A form that sends one step (usually a mutation): no page reload, the fields, and the submit button, disabled
 * while `bezig`. `label` names the form for assistive technology when it has no heading of its own.
 */
export function Verzendformulier({
  label,
  knop,
  bezig,
  appearance = "secondary-action-button",
  verstuur,
  children,
}: {
  label?: string;
  knop: ReactNode;
  bezig: boolean;
  appearance?: "primary-action-button" | "secondary-action-button";
  verstuur: () => void;
  children: ReactNode;
}) {
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        verstuur();
      }}
      className="voordeur-formulier"
      noValidate
      aria-label={label}
    >
      {children}
      <ButtonGroup>
        <Button type="submit" appearance={appearance} disabled={bezig}>
          {knop}
        </Button>
      </ButtonGroup>
    </form>
  );
}
