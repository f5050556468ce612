/** The pages of this area, loaded together on first use (lib/lui.tsx); only pages belong here. */
export { CasuistiekPagina } from "./CasuistiekPagina";
export { OverlegPagina } from "./OverlegPagina";
export { RegiegroepPagina } from "./RegiegroepPagina";
