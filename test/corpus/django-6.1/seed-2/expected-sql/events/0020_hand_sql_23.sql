BEGIN;
--
-- Raw SQL operation
--
CREATE TABLE hand_aux_23 (id integer); CREATE VIEW hand_aux_23_v AS SELECT id FROM hand_aux_23;
COMMIT;
