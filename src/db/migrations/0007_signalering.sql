CREATE TABLE "signaleringsrondes" (
	"datum" date PRIMARY KEY NOT NULL,
	"gestart_op" timestamp with time zone DEFAULT now() NOT NULL,
	"klaar_op" timestamp with time zone,
	"zaken" integer DEFAULT 0 NOT NULL,
	"bijgewerkt" integer DEFAULT 0 NOT NULL,
	"verlopen" integer DEFAULT 0 NOT NULL
);
