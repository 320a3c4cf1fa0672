-- Console sessions, kept by Spring Session JDBC (spring.session.jdbc.table-name: console_session)
-- so that every node serves every signed-in person and a node's loss or restart signs no one out.
-- Spring Session's own schema (schema-postgresql.sql of spring-session-jdbc 4.1), under our name;
-- BYTEA is H2's name for a variable binary too. Like the inbox, these rows carry no workspace_id:
-- a session is found by its random id before anyone is known, and the signed-in principal inside
-- it names the workspace.
CREATE TABLE console_session (
    primary_id CHAR(36) NOT NULL,
    session_id CHAR(36) NOT NULL,
    creation_time BIGINT NOT NULL,
    last_access_time BIGINT NOT NULL,
    max_inactive_interval INT NOT NULL,
    expiry_time BIGINT NOT NULL,
    principal_name VARCHAR(100),
    CONSTRAINT console_session_pk PRIMARY KEY (primary_id)
);

CREATE UNIQUE INDEX console_session_ix1 ON console_session (session_id);
CREATE INDEX console_session_ix2 ON console_session (expiry_time);
CREATE INDEX console_session_ix3 ON console_session (principal_name);

CREATE TABLE console_session_attributes (
    session_primary_id CHAR(36) NOT NULL,
    attribute_name VARCHAR(200) NOT NULL,
    attribute_bytes BYTEA NOT NULL,
    CONSTRAINT console_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT console_session_attributes_fk FOREIGN KEY (session_primary_id)
        REFERENCES console_session (primary_id) ON DELETE CASCADE
);
