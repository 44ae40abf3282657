BEGIN;
--
-- Raw SQL operation
--
CREATE TABLE hand_aux_11 (id integer); CREATE VIEW hand_aux_11_v AS SELECT id FROM hand_aux_11;
COMMIT;
