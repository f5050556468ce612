/** A moment on the Dutch wall clock in forms and texts: a date and a time field, "12-5-2026 om 14:00". */
import { type ReactNode, useState } from "react";
import { naarLokaal, vanLokaal } from "../../../src/domain/afspraken/tijd";
import { kortDatum } from "./datum";
import { Tekstveld } from "./formulier";

/** "12-5-2026 om 14:00" on the Dutch clock. */
export function momentNl(iso: string): string {
  const l = naarLokaal(new Date(iso));
  return `${kortDatum(l.datum)} om ${l.tijd}`;
}

export const nuLokaal = () => naarLokaal(new Date());

/** A Dutch date and time being filled in, and the instant it means for the API ("" when it does not exist). */
export function useMoment(begin: { datum: string; tijd: string }) {
  const [datum, setDatum] = useState(begin.datum);
  const [tijd, setTijd] = useState(begin.tijd);
  return { datum, tijd, setDatum, setTijd, iso: () => vanLokaal(datum, tijd)?.toISOString() ?? "" };
}
type Moment = ReturnType<typeof useMoment>;

/** A date and a time field for one moment (Dutch wall clock). */
export function MomentVelden(props: {
  id: string;
  label: string;
  moment: Moment;
  fout?: string | undefined;
  max?: string | undefined;
  beschrijving?: ReactNode;
}) {
  const { moment } = props;
  return (
    <div className="voordeur-naast-elkaar">
      <Tekstveld
        id={`${props.id}-datum`}
        label={`${props.label} (datum)`}
        type="date"
        verplicht
        value={moment.datum}
        max={props.max}
        fout={props.fout}
        beschrijving={props.beschrijving}
        onChange={(e) => moment.setDatum(e.currentTarget.value)}
      />
      <Tekstveld
        id={`${props.id}-tijd`}
        label={`${props.label} (tijd)`}
        type="time"
        verplicht
        value={moment.tijd}
        onChange={(e) => moment.setTijd(e.currentTarget.value)}
      />
    </div>
  );
}
