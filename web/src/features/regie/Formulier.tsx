import { formulierVoor } from "../../lib/formulier";
import { huisverbodUitkomst } from "../huisverbod/api";
import { useRegieOpslaan } from "./api";

export type Velden = Record<string, { label: string; id: string }>;

/** One form that saves a Regiegroep theme (lib/formulier with this area's request). */
export const RegieFormulier = formulierVoor(useRegieOpslaan, huisverbodUitkomst);
