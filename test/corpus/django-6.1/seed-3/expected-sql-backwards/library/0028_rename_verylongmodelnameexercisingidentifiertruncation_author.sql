BEGIN;
--
-- Rename model VeryLongModelNameExercisingIdentifierTruncation to Author
--
ALTER TABLE "library_author" RENAME TO "library_verylongmodelnameexercisingidentifiertruncation";
SET CONSTRAINTS "fleet_coupon_city_id_e34ed5fc_fk_library_author_id" IMMEDIATE; ALTER TABLE "fleet_coupon" DROP CONSTRAINT "fleet_coupon_city_id_e34ed5fc_fk_library_author_id";
ALTER TABLE "fleet_coupon" ADD CONSTRAINT "fleet_coupon_city_id_e34ed5fc_fk_library_v" FOREIGN KEY ("city_id") REFERENCES "library_verylongmodelnameexercisingidentifiertruncation" ("id") DEFERRABLE INITIALLY DEFERRED;
COMMIT;
