BEGIN;
--
-- Remove field qty from ticket
--
ALTER TABLE "people_ticket" ADD COLUMN "MixedCase_qty" boolean DEFAULT true NOT NULL;
ALTER TABLE "people_ticket" ALTER COLUMN "MixedCase_qty" DROP DEFAULT;
CREATE INDEX "people_ticket_MixedCase_qty_fc034c4e" ON "people_ticket" ("MixedCase_qty");
COMMIT;
