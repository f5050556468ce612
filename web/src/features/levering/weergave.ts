/** Labels of the levering area (the codes' Dutch names come from the domain). */
export { SCHAAL_RICHTING_LABELS, VOORSTEL_STATUS_LABELS } from "../../../../src/domain/opschalen/voorstel";

export const LEVERINGSVORM_LABELS: Record<string, string> = {
  zin: "Zorg in natura",
  pgb: "Persoonsgebonden budget (pgb)",
};
