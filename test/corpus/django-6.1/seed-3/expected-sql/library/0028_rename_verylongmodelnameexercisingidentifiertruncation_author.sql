BEGIN;
--
-- Rename model VeryLongModelNameExercisingIdentifierTruncation to Author
--
ALTER TABLE "library_verylongmodelnameexercisingidentifiertruncation" RENAME TO "library_author";
SET CONSTRAINTS "fleet_coupon_city_id_e34ed5fc_fk_library_v" IMMEDIATE; ALTER TABLE "fleet_coupon" DROP CONSTRAINT "fleet_coupon_city_id_e34ed5fc_fk_library_v";
ALTER TABLE "fleet_coupon" ADD CONSTRAINT "fleet_coupon_city_id_e34ed5fc_fk_library_author_id" FOREIGN KEY ("city_id") REFERENCES "library_author" ("id") DEFERRABLE INITIALLY DEFERRED;
COMMIT;
