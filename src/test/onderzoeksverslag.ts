/** A complete Wmo onderzoeksverslag (Wmo 2015 art. 2.3.2 lid 4 en 8) for tests that finish an onderzoek. */
export const VERSLAG = {
  behoeften: "Mevrouw wil het huishouden weer op orde hebben.",
  eigenKracht: "Zij kan lichte taken zelf doen.",
  netwerk: "Haar zoon komt eens per week.",
  mantelzorger: "De zoon heeft geen extra ondersteuning nodig.",
  algemeneVoorzieningen: "De klussendienst van het dorpshuis.",
  samenwerking: "De huisarts is op de hoogte.",
  eigenBijdrage: "Het abonnementstarief is van toepassing.",
  conclusie: "Huishoudelijke hulp van twee uur per week past bij haar situatie.",
};
