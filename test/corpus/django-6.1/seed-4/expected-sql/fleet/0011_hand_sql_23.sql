BEGIN;
--
-- Raw SQL operation
--
CREATE TABLE hand_aux_23 (id integer PRIMARY KEY, label text);
CREATE INDEX hand_aux_23_label ON hand_aux_23 (label);
COMMIT;
