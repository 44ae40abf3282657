BEGIN;
--
-- Create model Invoice
--
CREATE TABLE "fleet_invoice_t3" ("code" varchar(20) NOT NULL PRIMARY KEY, "ref" numeric(10, 0) NULL, "kind" timestamp with time zone NOT NULL, "website" timestamp with time zone NOT NULL UNIQUE, "notes" numeric(14, 0) GENERATED ALWAYS AS (("ref" * 2)) STORED, "version" varchar(200) NULL);
COMMENT ON TABLE "fleet_invoice_t3" IS 'It''s a table';
COMMENT ON COLUMN "fleet_invoice_t3"."website" IS 'Заметка';
CREATE INDEX "fleet_invoice_t3_code_1d4aedb9_like" ON "fleet_invoice_t3" ("code" varchar_pattern_ops);
CREATE INDEX "flee_invoice_4_idx" ON "fleet_invoice_t3" ("version") WHERE "code"::text LIKE  E'%50\\%%';
COMMIT;
