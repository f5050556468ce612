/** The pages of this area, loaded together on first use (lib/lui.tsx); only pages belong here. */
export { VroegsignaleringPagina } from "./VroegsignaleringPagina";
