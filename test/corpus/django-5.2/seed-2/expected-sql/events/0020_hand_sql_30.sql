BEGIN;
--
-- Raw SQL operation
--
CREATE TABLE hand_aux_30 (id integer); CREATE VIEW hand_aux_30_v AS SELECT id FROM hand_aux_30;
COMMIT;
