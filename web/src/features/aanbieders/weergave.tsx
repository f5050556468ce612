import { StatusBadge } from "@utrecht/component-library-react";
import {
  OVEREENKOMST_STATUS_LABELS,
  type Overeenkomst,
  type Overeenkomststatus,
  type Signaalstatus,
} from "../../lib/contract";
import { kortDatum } from "../zaken/weergave";

/** "3-3-2026 tot en met 31-5-2026" or "vanaf 3-3-2026, zonder einddatum". */
export function periodeTekst(van: string, tot: string | null): string {
  return tot ? `${kortDatum(van)} tot en met ${kortDatum(tot)}` : `vanaf ${kortDatum(van)}, zonder einddatum`;
}

/** A cliëntenstop shown with an icon and text (never colour alone). */
export function ClientenstopMarkering({ tot }: { tot: string | null }) {
  return (
    <StatusBadge status="danger" className="voordeur-clientenstop">
      <svg aria-hidden="true" focusable="false" width="14" height="14" viewBox="0 0 16 16">
        <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" strokeWidth="2" />
        <line x1="3" y1="13" x2="13" y2="3" stroke="currentColor" strokeWidth="2" />
      </svg>{" "}
      Cliëntenstop{tot ? ` tot en met ${kortDatum(tot)}` : ""}
    </StatusBadge>
  );
}

const STATUS_KLEUR: Record<Signaalstatus, "neutral" | "warning" | "danger" | "safe"> = {
  nieuw: "warning",
  "in-behandeling": "neutral",
  maatregel: "danger",
  afgesloten: "safe",
};

export const WET_LABELS: Record<string, string> = { wmo: "Wmo", jeugd: "Jeugdwet" };

export function SignaalStatus({ status, label }: { status: Signaalstatus; label: string }) {
  return <StatusBadge status={STATUS_KLEUR[status]}>{label}</StatusBadge>;
}

const IO_KLEUR: Record<Overeenkomststatus, "neutral" | "warning" | "danger" | "safe"> = {
  aangevraagd: "warning",
  goedgekeurd: "safe",
  afgewezen: "danger",
  beeindigd: "neutral",
};

/** The status of an individuele overeenkomst in words (the colour only repeats it). */
export function OvereenkomstStatus({ status }: { status: Overeenkomststatus }) {
  return <StatusBadge status={IO_KLEUR[status]}>{OVEREENKOMST_STATUS_LABELS[status]}</StatusBadge>;
}

/** "Wmo 07A01" or "Jeugdwet categorie 45 (alle producten)". */
export function productTekst(io: Pick<Overeenkomst, "wet" | "productCategorie" | "productCode">): string {
  return `${WET_LABELS[io.wet]} ${io.productCode ?? `categorie ${io.productCategorie} (alle producten)`}`;
}
