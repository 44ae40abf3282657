BEGIN;
--
-- Raw SQL operation
--

            CREATE TABLE hand_aux_13 (id serial PRIMARY KEY);
            -- a comment inside the script
            INSERT INTO hand_aux_13 DEFAULT VALUES;
            
COMMIT;
