/** The pages of this area, loaded together on first use (lib/lui.tsx); only pages belong here. */
export { MeldingPagina } from "./MeldingPagina";
export { ProtocolPagina } from "./ProtocolPagina";
export { VeiligheidPagina } from "./VeiligheidPagina";
