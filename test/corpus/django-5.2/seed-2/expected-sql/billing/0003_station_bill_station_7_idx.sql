BEGIN;
--
-- Custom state/database change combination
--
CREATE INDEX "bill_station_7_idx" ON "billing_station_t1" ((ABS("starts"))) WHERE NOT ("starts" IN (1, 2, 3));
COMMIT;
