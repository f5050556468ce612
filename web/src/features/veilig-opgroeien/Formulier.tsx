import { formulierVoor } from "../../lib/formulier";
import { useVeiligOpgroeienOpslaan, voUitkomst } from "./api";

export type Velden = Record<string, { label: string; id: string }>;

/** One form that saves to Veilig Opgroeien (lib/formulier with this area's request). */
export const VoFormulier = formulierVoor(useVeiligOpgroeienOpslaan, voUitkomst);
