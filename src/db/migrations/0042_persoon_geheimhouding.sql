-- Issue 20: the BRP's indication "geheimhouding persoonsgegevens" (Wet BRP art. 2.59: the gemeente gives the
-- resident's data to no third party without consent) is kept on the persoon when taken over from the BRP, so every
-- screen that shows the dossier warns about it, not only the moment of the lookup.
ALTER TABLE "personen" ADD COLUMN "geheimhouding" boolean DEFAULT false NOT NULL;
