/** The pages of this area, loaded together on first use (lib/lui.tsx); only pages belong here. */
export { AanbiederPagina } from "./AanbiederPagina";
export { AanbiedersPagina } from "./AanbiedersPagina";
export { BeheerAanbiederPagina, BeheerAanbiedersPagina } from "./BeheerAanbiederPaginas";
export { OvereenkomstenPagina } from "./OvereenkomstenPagina";
export { SignaalPagina } from "./SignaalPagina";
export { SignalenPagina } from "./SignalenPagina";
