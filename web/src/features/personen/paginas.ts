/** The pages of this area, loaded together on first use (lib/lui.tsx); only pages belong here. */
export { AuditPagina } from "./AuditPagina";
export { DossierPagina } from "./DossierPagina";
export { InzagePagina } from "./InzagePagina";
export { InzageverzoekenPagina } from "./InzageverzoekenPagina";
export { ZoekenPagina } from "./ZoekenPagina";
