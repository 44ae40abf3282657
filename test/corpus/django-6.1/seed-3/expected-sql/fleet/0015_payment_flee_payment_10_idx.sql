BEGIN;
--
-- Create index flee_payment_10_idx on field(s) version of model payment
--
CREATE INDEX "flee_payment_10_idx" ON "fleet_payment" USING brin ("version") WITH (autosummarize = on, pages_per_range = 16);
COMMIT;
