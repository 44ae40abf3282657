BEGIN;
--
-- Remove field rank from payment
--
ALTER TABLE "fleet_payment" ADD COLUMN "rank" timestamp with time zone DEFAULT '2023-05-17 08:30:00+00:00'::timestamptz NOT NULL;
ALTER TABLE "fleet_payment" ALTER COLUMN "rank" DROP DEFAULT;
--
-- Alter unique_together for payment (0 constraint(s))
--
ALTER TABLE "fleet_payment" ADD CONSTRAINT "fleet_payment_rank_color_f918821f_uniq" UNIQUE ("rank", "color");
COMMIT;
