export * from "./aanmelding";
export * from "./contact";
export * from "./jeugdleeftijd";
export * from "./werkvoorraad-keuze";
