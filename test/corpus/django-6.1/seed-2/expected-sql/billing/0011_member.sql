BEGIN;
--
-- Create model Member
--
CREATE TABLE "billing_member" ("sensor_ptr_id" integer NOT NULL PRIMARY KEY, "closed" boolean NOT NULL, "budget" boolean NOT NULL);
ALTER TABLE "billing_member" ADD CONSTRAINT "billing_member_sensor_ptr_id_7ab83953_fk_billing_sensor_t16_id" FOREIGN KEY ("sensor_ptr_id") REFERENCES "billing_sensor_t16" ("id") DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX "billing_member_closed_c6cd5630" ON "billing_member" ("closed");
COMMIT;
