import {
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Select,
  SelectOption,
  Textarea,
} from "@utrecht/component-library-react";
import { forwardRef, type ReactNode } from "react";

interface VeldBasis {
  id: string;
  label: ReactNode;
  beschrijving?: ReactNode;
  fout?: string | undefined;
}

const beschrevenDoor = (id: string, beschrijving: unknown, fout: unknown) =>
  [beschrijving ? `${id}-beschrijving` : "", fout ? `${id}-fout` : ""].filter(Boolean).join(" ") || undefined;

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

/** A labelled select with its options. */
export const Keuzeveld = forwardRef<
  HTMLSelectElement,
  VeldBasis & {
    waarde: string;
    onChange: (waarde: string) => void;
    opties: readonly { waarde: string; label: string }[];
  }
>(function Keuzeveld({ id, label, beschrijving, fout, waarde, onChange, opties }, ref) {
  return (
    <Veld id={id} label={label} beschrijving={beschrijving} fout={fout}>
      <Select
        ref={ref}
        id={id}
        value={waarde}
        invalid={Boolean(fout)}
        aria-describedby={beschrevenDoor(id, beschrijving, fout)}
        onChange={(e) => onChange(e.currentTarget.value)}
      >
        {opties.map((o) => (
          <SelectOption key={o.waarde} value={o.waarde}>
            {o.label}
          </SelectOption>
        ))}
      </Select>
    </Veld>
  );
});

/** A labelled multi-line text field. */
export function Tekstvak({
  id,
  label,
  beschrijving,
  fout,
  waarde,
  onChange,
}: VeldBasis & { waarde: string; onChange: (waarde: string) => void }) {
  return (
    <Veld id={id} label={label} beschrijving={beschrijving} fout={fout}>
      <Textarea
        id={id}
        value={waarde}
        invalid={Boolean(fout)}
        aria-describedby={beschrevenDoor(id, beschrijving, fout)}
        onChange={(e) => onChange(e.currentTarget.value)}
      />
    </Veld>
  );
}

export const vandaagIso = () =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(new Date());
