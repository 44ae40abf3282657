BEGIN;
--
-- Alter unique_together for payment (0 constraint(s))
--
ALTER TABLE "fleet_payment" DROP CONSTRAINT "fleet_payment_rank_color_f918821f_uniq";
--
-- Remove field rank from payment
--
ALTER TABLE "fleet_payment" DROP COLUMN "rank";
COMMIT;
